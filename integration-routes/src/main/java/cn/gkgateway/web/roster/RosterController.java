package cn.gkgateway.web.roster;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.roster.AddWorker;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.roster.WorkerQuery;
import cn.gkgateway.roster.WorkerRow;
import cn.gkgateway.roster.WorkerSearch;
import cn.gkgateway.roster.WorkerSort;
import cn.gkgateway.roster.WorkerStatus;
import cn.gkgateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.function.Function;

@Tag(name = "工勤人员名册")
@RestController
@RequestMapping("/api/roster/workers")
class RosterController {

    private static final int MAX_PAGE_SIZE = 100;

    private final RosterService roster;
    private final WorkerSearch search;
    private final Organisations organisations;
    private final Catalog catalog;

    RosterController(RosterService roster, WorkerSearch search, Organisations organisations, Catalog catalog) {
        this.roster = roster;
        this.search = search;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    @Operation(summary = "查询工勤人员（按调用者管理范围；姓名模糊，身份证号精确）")
    @GetMapping
    PageResponse<WorkerResponse> search(Caller caller, @RequestParam(required = false) String name,
                                        @RequestParam(required = false) String idNumber,
                                        @RequestParam(required = false) String workTypeCode,
                                        @RequestParam(required = false) Level level,
                                        @RequestParam(required = false) Long unitId,
                                        @RequestParam(required = false) WorkerStatus status,
                                        @RequestParam(required = false) WorkerSort sort,
                                        @RequestParam(defaultValue = "true") boolean descending,
                                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        WorkerQuery query = new WorkerQuery(name, idNumber, workTypeCode, level, unitId, status, sort, descending);
        Page<WorkerRow> found = search.page(caller, query, Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE));
        return PageResponse.of(found, row -> WorkerResponse.of(caller, row));
    }

    @Operation(summary = "工勤人员详情")
    @GetMapping("/{id}")
    WorkerResponse get(Caller caller, @PathVariable long id) {
        Worker worker = roster.get(caller, id);
        return response(caller, worker, organisations::nameOf);
    }

    @Operation(summary = "新增工勤人员（申报单位经办人）")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WorkerResponse add(Caller caller, @RequestBody AddWorker command) {
        return response(caller, roster.add(caller, command), organisations::nameOf);
    }

    @Operation(summary = "修改手机号（非关键信息，本单位经办人；留空即清除）")
    @PutMapping("/{id}/phone")
    WorkerResponse changePhone(Caller caller, @PathVariable long id, @RequestBody PhoneChange body) {
        return response(caller, roster.changePhone(caller, id, body.phone()), organisations::nameOf);
    }

    record PhoneChange(String phone) {
    }

    @Operation(summary = "变更人员状态：在岗、退休、离岗（本单位经办人；记入关键信息变更记录）")
    @PutMapping("/{id}/status")
    WorkerResponse changeStatus(Caller caller, @PathVariable long id, @RequestBody StatusChange body) {
        return response(caller, roster.changeStatus(caller, id, body.status(), body.reason()), organisations::nameOf);
    }

    record StatusChange(WorkerStatus status, String reason) {
    }

    private WorkerResponse response(Caller caller, Worker worker, Function<Long, String> unitName) {
        return WorkerResponse.of(caller, new WorkerRow(worker.getId(), worker.getUnitId(), unitName.apply(worker.getUnitId()),
                worker.getName(), worker.getIdNumberMasked(), null, worker.getSex(), worker.getBirthDate(), worker.getPhoneMasked(),
                null, worker.getEstablishment(), worker.getWorkStartDate(), worker.getWorkTypeCode(),
                catalog.find(worker.getWorkTypeCode()).map(WorkType::getName).orElse(null), worker.getLevel(),
                worker.getLevelYear(), worker.getStatus(), worker.isWorkStartMonthOnly()));
    }
}
