package cn.gkgateway.web.roster;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.roster.KeyChange;
import cn.gkgateway.roster.Subset;
import cn.gkgateway.roster.SubsetField;
import cn.gkgateway.roster.WorkerHistory;
import cn.gkgateway.roster.WorkerRecords;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The subsets and the key-field history of a worker (detail page), and non-key edits of the subsets. */
@Tag(name = "工勤人员名册")
@RestController
@RequestMapping("/api/roster")
class WorkerRecordsController {

    private final WorkerRecords records;
    private final WorkerHistory history;

    WorkerRecordsController(WorkerRecords records, WorkerHistory history) {
        this.records = records;
        this.history = history;
    }

    record SubsetDefinition(Subset subset, String name, List<SubsetField> fields) {
    }

    record WorkerRecordsResponse(Map<Subset, List<Map<String, Object>>> subsets, List<KeyChange> keyChanges) {
    }

    record Created(long id) {
    }

    @Operation(summary = "子集定义（名称与字段），供详情页编辑")
    @GetMapping("/subsets")
    List<SubsetDefinition> subsets() {
        return Arrays.stream(Subset.values()).map(s -> new SubsetDefinition(s, s.displayName(), s.fields())).toList();
    }

    @Operation(summary = "工勤人员的全部子集与关键信息变更历史")
    @GetMapping("/workers/{id}/records")
    WorkerRecordsResponse get(Caller caller, @PathVariable long id) {
        Map<Subset, List<Map<String, Object>>> subsets = records.all(caller, id);
        return new WorkerRecordsResponse(subsets, history.of(id));
    }

    @Operation(summary = "新增子集记录（本单位经办人，留痕）")
    @PostMapping("/workers/{id}/records/{subset}")
    @ResponseStatus(HttpStatus.CREATED)
    Created add(Caller caller, @PathVariable long id, @PathVariable Subset subset, @RequestBody Map<String, String> values) {
        return new Created(records.add(caller, id, subset, values));
    }

    @Operation(summary = "修改子集记录（本单位经办人，留痕：原值与新值）")
    @PutMapping("/workers/{id}/records/{subset}/{entryId}")
    void update(Caller caller, @PathVariable long id, @PathVariable Subset subset, @PathVariable long entryId,
                @RequestBody Map<String, String> values) {
        records.update(caller, id, subset, entryId, values);
    }

    @Operation(summary = "删除子集记录（本单位经办人，留痕）")
    @DeleteMapping("/workers/{id}/records/{subset}/{entryId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable long id, @PathVariable Subset subset, @PathVariable long entryId) {
        records.delete(caller, id, subset, entryId);
    }
}
