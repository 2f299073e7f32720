package cn.gkgateway.web.roster;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.catalog.WorkType;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.roster.AddWorker;
import cn.gkgateway.roster.Establishment;
import cn.gkgateway.roster.RosterService;
import cn.gkgateway.roster.Worker;
import cn.gkgateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Tag(name = "工勤人员名册")
@RestController
@RequestMapping("/api/roster/workers")
class RosterController {

    private static final int MAX_PAGE_SIZE = 100;

    private final RosterService roster;
    private final Organisations organisations;
    private final Catalog catalog;

    RosterController(RosterService roster, Organisations organisations, Catalog catalog) {
        this.roster = roster;
        this.organisations = organisations;
        this.catalog = catalog;
    }

    /**
     * A roster entry as shown: the ID number and phone only masked. Next to a masked ID number
     * only the birth year goes out; the full birth date (which with the mask nearly rebuilds the
     * number) only to the operator of the worker's own unit, and is null for everyone else.
     */
    record WorkerResponse(Long id, Long unitId, String unitName, String name, String idNumber, String sex, int birthYear, LocalDate birthDate,
                          String phone, Establishment establishment, String establishmentName, LocalDate workStartDate,
                          String workTypeCode, String workTypeName, Level level, String levelName, Integer levelYear) {
    }

    @Operation(summary = "查询工勤人员（按调用者管理范围）")
    @GetMapping
    PageResponse<WorkerResponse> search(Caller caller, @RequestParam(required = false) String name,
                                        @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE), Sort.by("id").descending());
        Page<Worker> found = roster.search(caller, name, request);
        Map<Long, String> unitNames = organisations.findAllById(found.getContent().stream().map(Worker::getUnitId).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        return PageResponse.of(found, worker -> response(caller, worker, unitNames::get));
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

    private WorkerResponse response(Caller caller, Worker worker, Function<Long, String> unitName) {
        boolean ownUnit = caller.is(Role.UNIT_OPERATOR) && worker.getUnitId().equals(caller.organisationId());
        return new WorkerResponse(worker.getId(), worker.getUnitId(), unitName.apply(worker.getUnitId()), worker.getName(),
                worker.getIdNumberMasked(), worker.getSex(), worker.getBirthDate().getYear(), ownUnit ? worker.getBirthDate() : null,
                worker.getPhoneMasked(),
                worker.getEstablishment(), worker.getEstablishment().displayName(), worker.getWorkStartDate(),
                worker.getWorkTypeCode(), catalog.find(worker.getWorkTypeCode()).map(WorkType::getName).orElse(null),
                worker.getLevel(), worker.getLevel().displayName(), worker.getLevelYear());
    }
}
