package cn.gkgateway.web.declaration;

import cn.gkgateway.catalog.Catalog;
import cn.gkgateway.catalog.Level;
import cn.gkgateway.declaration.ApplicantChoice;
import cn.gkgateway.declaration.ApplicantDeclarations;
import cn.gkgateway.declaration.ApplicantForm;
import cn.gkgateway.declaration.ApplicantProgress;
import cn.gkgateway.declaration.Declaration;
import cn.gkgateway.declaration.DeclarationCommands.Commitment;
import cn.gkgateway.declaration.DeclarationForm;
import cn.gkgateway.declaration.DeclarationQueries;
import cn.gkgateway.declaration.DeclarationView;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.UnitDirectory;
import cn.gkgateway.roster.Worker;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** 个人网上报名 (seed 004) for the signed-in applicant: never a worker id or an ID number, the person is the identity. */
@Tag(name = "个人网上报名")
@RestController
@RequestMapping("/api/applicant")
class ApplicantDeclarationController {

    private final ApplicantDeclarations applicant;
    private final DeclarationQueries queries;
    private final UnitDirectory directory;
    private final Organisations organisations;
    private final Catalog catalog;
    private final Clock clock;

    ApplicantDeclarationController(ApplicantDeclarations applicant, DeclarationQueries queries, UnitDirectory directory,
                                   Organisations organisations, Catalog catalog, Clock clock) {
        this.applicant = applicant;
        this.queries = queries;
        this.directory = directory;
        this.organisations = organisations;
        this.catalog = catalog;
        this.clock = clock;
    }

    record ChoiceRequest(String regionCode, Level targetLevel) {
    }

    record ChoiceView(int year, String regionCode, String regionName, String targetLevel, String targetLevelName) {
    }

    record UnitView(Long id, String name, String category, String categoryName, String jurisdictionLevel, String jurisdictionLevelName) {
    }

    record Home(String name, String idNumberMasked, UnitView unit, UnitDirectory.HelpContact helpContact, ChoiceView choice,
                DeclarationResponse declaration, Long draftId, String nextStep) {
    }

    record SubmitRequest(Commitment commitment, Boolean qualificationConfirmed) {
    }

    record ResubmitRequest(Boolean qualificationConfirmed) {
    }

    record Letter(String body) {
    }

    record FormView(DeclarationResponse declaration, Long unitId, String unitName, String unitRegionCode, LocalDate workStartDate,
                    int workYears, String currentWorkTypeCode, String currentWorkTypeName, String currentLevel,
                    String currentLevelName, Integer currentLevelYear, String unitCategory, String unitLevel, String workTypeCode,
                    String workTypeName, boolean exceptional, String reason, boolean textbookEthics, boolean textbookAbility,
                    boolean textbookSkill) {
    }

    @Operation(summary = "申报人首页：本人及所在单位、报名地市与级别、资格审查进度与下一步、当地工考办咨询电话")
    @GetMapping("/home")
    Home home(Caller caller) {
        Optional<Worker> worker = applicant.rosterEntry(caller);
        Optional<Organisation> unit = worker.flatMap(w -> organisations.findById(w.getUnitId()));
        Optional<ApplicantChoice> choice = applicant.choice(caller);
        Optional<DeclarationView> latest = applicant.latest(caller).map(queries::view);
        return new Home(worker.map(Worker::getName).orElse(caller.displayName()), worker.map(Worker::getIdNumberMasked).orElse(null),
                unit.map(ApplicantDeclarationController::unit).orElse(null), unit.flatMap(directory::helpContact).orElse(null),
                choice.map(this::choice).orElse(null), latest.map(DeclarationResponse::of).orElse(null),
                applicant.current(caller).filter(Declaration::editable).map(Declaration::getId).orElse(null),
                ApplicantProgress.nextStep(choice.isPresent(), latest.map(DeclarationView::declaration).orElse(null),
                        latest.map(DeclarationView::currentStepName).orElse(null)));
    }

    @Operation(summary = "报名地市（设有工考办的市）")
    @GetMapping("/cities")
    List<UnitDirectory.Region> cities() {
        return directory.cities();
    }

    @Operation(summary = "市直单位及所辖县（市、区）")
    @GetMapping("/districts")
    List<UnitDirectory.Region> districts(@RequestParam String city) {
        return directory.districts(city);
    }

    @Operation(summary = "某一行政区划下的在用单位")
    @GetMapping("/units")
    List<UnitView> units(@RequestParam String region) {
        return directory.units(region).stream().map(ApplicantDeclarationController::unit).toList();
    }

    @Operation(summary = "选择报名地市和申报级别并保存（保存后不可更改）")
    @PutMapping("/choice")
    ChoiceView choose(Caller caller, @RequestBody ChoiceRequest request) {
        return choice(applicant.choose(caller, request == null ? null : request.regionCode(), request == null ? null : request.targetLevel()));
    }

    @Operation(summary = "删除本人报名信息（报名地市、申报级别与暂存的报名信息），以便重新填报")
    @DeleteMapping("/choice")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteChoice(Caller caller) {
        applicant.deleteChoice(caller);
    }

    @Operation(summary = "报名人员承诺书")
    @GetMapping("/commitment-letter")
    Letter letter() {
        return new Letter(ApplicantDeclarations.COMMITMENT);
    }

    @Operation(summary = "保存报名信息（新建或修改本人本年度的报名信息）")
    @PutMapping("/declaration")
    FormView save(Caller caller, @RequestBody ApplicantForm form) {
        Declaration saved = applicant.save(caller, form);
        return form(caller, saved.getId());
    }

    @Operation(summary = "本人一条报名信息的填报内容")
    @GetMapping("/declarations/{id}/form")
    FormView form(Caller caller, @PathVariable long id) {
        DeclarationForm form = applicant.form(caller, id);
        DeclarationView view = queries.view(queries.visibleDeclaration(caller, id));
        Declaration d = view.declaration();
        Organisation unit = organisations.findById(d.getUnitId()).orElseThrow();
        return new FormView(DeclarationResponse.of(view), unit.getId(), unit.getName(), unit.getRegionCode(), form.getWorkStartDate(),
                DeclarationForm.workYears(form.getWorkStartDate(), LocalDate.now(clock)), form.getCurrentWorkTypeCode(),
                workTypeName(form.getCurrentWorkTypeCode()), form.getCurrentLevel().name(), form.getCurrentLevel().displayName(),
                form.getCurrentLevelYear(), form.getUnitCategory().name(), form.getUnitLevel().name(), d.getWorkTypeCode(),
                view.workTypeName(), d.getMode() == cn.gkgateway.declaration.DeclarationMode.EXCEPTIONAL, d.getModeReason(),
                form.isTextbookEthics(), form.isTextbookAbility(), form.isTextbookSkill());
    }

    @Operation(summary = "提交信息（须同意报名人员承诺书；合格库提示须确认报考）")
    @PostMapping("/declarations/{id}/submit")
    DeclarationResponse submit(Caller caller, @PathVariable long id, @RequestBody(required = false) SubmitRequest request) {
        return DeclarationResponse.of(queries.view(applicant.submit(caller, id, request == null ? null : request.commitment(),
                request != null && Boolean.TRUE.equals(request.qualificationConfirmed()))));
    }

    @Operation(summary = "退回补充后重新提交（从退回的审核环节重新审核）")
    @PostMapping("/declarations/{id}/resubmit")
    DeclarationResponse resubmit(Caller caller, @PathVariable long id, @RequestBody(required = false) ResubmitRequest request) {
        return DeclarationResponse.of(queries.view(applicant.resubmit(caller, id,
                request != null && Boolean.TRUE.equals(request.qualificationConfirmed()))));
    }

    @Operation(summary = "撤回已提交但尚未审核的报名")
    @PostMapping("/declarations/{id}/withdraw")
    DeclarationResponse withdraw(Caller caller, @PathVariable long id) {
        return DeclarationResponse.of(queries.view(applicant.withdraw(caller, id)));
    }

    private ChoiceView choice(ApplicantChoice choice) {
        String name = directory.cities().stream().filter(city -> city.code().equals(choice.getRegionCode()))
                .map(UnitDirectory.Region::name).findFirst().orElse(choice.getRegionCode());
        return new ChoiceView(choice.getYear(), choice.getRegionCode(), name, choice.getTargetLevel().name(),
                choice.getTargetLevel().displayName());
    }

    private String workTypeName(String code) {
        return catalog.find(code).map(type -> type.getName()).orElse(code);
    }

    private static UnitView unit(Organisation unit) {
        return new UnitView(unit.getId(), unit.getName(), unit.getCategory() == null ? null : unit.getCategory().name(),
                unit.getCategory() == null ? null : unit.getCategory().displayName(), unit.getJurisdictionLevel().name(),
                unit.getJurisdictionLevel().displayName());
    }
}
