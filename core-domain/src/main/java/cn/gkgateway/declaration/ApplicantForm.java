package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.UnitCategory;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * 报名信息 as the applicant fills it in (seed 004, step 5). The person is never part of it: name and ID number are
 * the signed-in identity's. The city and the target level were chosen before ({@link ApplicantChoice}).
 * {@code textbook*} answer 预订 (true) or 不预订 (false).
 */
public record ApplicantForm(Long unitId, LocalDate workStartDate, String currentWorkTypeCode, Level currentLevel,
                            Integer currentLevelYear, UnitCategory unitCategory, JurisdictionLevel unitLevel,
                            String workTypeCode, Boolean exceptional, String reason,
                            Boolean textbookEthics, Boolean textbookAbility, Boolean textbookSkill) {

    static final int EARLIEST_YEAR = 1950;

    /** The checked values: what the declaration and its form row keep. */
    record Values(long unitId, LocalDate workStartDate, String currentWorkTypeCode, Level currentLevel, Integer currentLevelYear,
                  UnitCategory unitCategory, JurisdictionLevel unitLevel, String workTypeCode, DeclarationMode mode,
                  String reason, boolean textbookEthics, boolean textbookAbility, boolean textbookSkill) {
    }

    /**
     * Every problem of the form at once, each under its field; the values when there is none (null otherwise).
     * {@code knownWorkType} says whether a code is in the catalog.
     */
    Values check(LocalDate today, Predicate<String> knownWorkType, List<FieldProblem> problems) {
        int before = problems.size();
        if (unitId == null) {
            problems.add(new FieldProblem("unitId", "请从左至右依次选择，直到选中本人所属单位", "TEXT_REQUIRED"));
        }
        if (workStartDate == null) {
            problems.add(new FieldProblem("workStartDate", "请填写参加工作时间", "TEXT_REQUIRED"));
        } else if (workStartDate.isAfter(today)) {
            problems.add(new FieldProblem("workStartDate", "参加工作时间不能晚于今天"));
        } else if (workStartDate.getYear() < EARLIEST_YEAR) {
            problems.add(new FieldProblem("workStartDate", "参加工作时间不能早于" + EARLIEST_YEAR + "年"));
        }
        workType(currentWorkTypeCode, "currentWorkTypeCode", "现岗位工种", knownWorkType, problems);
        if (currentLevel == null) {
            problems.add(new FieldProblem("currentLevel", "请选择现岗位等级；没有机关事业单位等级证书的请选择未定级", "TEXT_REQUIRED"));
        } else if (currentLevel != Level.NONE) {
            if (currentLevelYear == null) {
                problems.add(new FieldProblem("currentLevelYear", "请选择或录入现等级取得年份（四位数字）", "TEXT_REQUIRED"));
            } else if (currentLevelYear < EARLIEST_YEAR || currentLevelYear > today.getYear()) {
                problems.add(new FieldProblem("currentLevelYear", "现等级取得年份应在" + EARLIEST_YEAR + "年至" + today.getYear() + "年之间"));
            } else if (workStartDate != null && currentLevelYear < workStartDate.getYear()) {
                problems.add(new FieldProblem("currentLevelYear", "现等级取得年份不能早于参加工作时间，请核对"));
            }
        }
        if (unitCategory == null) {
            problems.add(new FieldProblem("unitCategory", "请选择单位类别（行政、事业）；不清楚的请咨询本单位人事部门", "TEXT_REQUIRED"));
        }
        if (unitLevel == null) {
            problems.add(new FieldProblem("unitLevel", "请选择单位级别", "TEXT_REQUIRED"));
        }
        workType(workTypeCode, "workTypeCode", "申报岗位工种", knownWorkType, problems);
        boolean breaking = Boolean.TRUE.equals(exceptional);
        String why = breaking ? Text.line(reason, "reason", "破格晋升说明", ModeDetails.MAX_REASON, problems) : null;
        if (breaking && why == null && problems.stream().noneMatch(problem -> problem.field().equals("reason"))) {
            problems.add(new FieldProblem("reason", "勾选破格晋升后请填写符合何文件规定的破格晋升条件（100字以内）", "TEXT_REQUIRED"));
        }
        textbook(textbookEthics, "textbookEthics", "职业道德", problems);
        textbook(textbookAbility, "textbookAbility", "职业能力", problems);
        textbook(textbookSkill, "textbookSkill", "岗位技能", problems);
        if (problems.size() > before) {
            return null;
        }
        return new Values(unitId, workStartDate, currentWorkTypeCode.trim(), currentLevel,
                currentLevel == Level.NONE ? null : currentLevelYear, unitCategory, unitLevel, workTypeCode.trim(),
                breaking ? DeclarationMode.EXCEPTIONAL : DeclarationMode.NORMAL, why,
                textbookEthics, textbookAbility, textbookSkill);
    }

    private static void workType(String code, String field, String label, Predicate<String> known, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem(field, "请选择" + label + "（可输入拼音首字母或工种名称查找）", "TEXT_REQUIRED"));
        } else if (!known.test(code.trim())) {
            problems.add(new FieldProblem(field, label + "不在工种目录中，请重新选择"));
        }
    }

    private static void textbook(Boolean answer, String field, String title, List<FieldProblem> problems) {
        if (answer == null) {
            problems.add(new FieldProblem(field, "请选择《" + title + "》教材预订或不预订", "TEXT_REQUIRED"));
        }
    }
}
