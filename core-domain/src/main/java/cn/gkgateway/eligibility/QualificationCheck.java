package cn.gkgateway.eligibility;

import cn.gkgateway.catalog.Level;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 合格库 (seed 004): compares the declared current level, the year it was obtained and the current work type
 * with the worker's qualification records (名册“资格记录”). Differences are warnings, not failures: the
 * declarant sees the seed's text and must confirm before submitting, and the confirmation is stored on the
 * declaration ({@code qualification_confirmed_at}).
 */
public final class QualificationCheck {

    public enum Kind { LEVEL, LEVEL_YEAR, WORK_TYPE }

    public record Warning(Kind kind, String message) {
    }

    /** One qualification record as the roster holds it. */
    public record Held(String title, LocalDate obtainedOn, String workTypeCode) {
    }

    static final String LEVEL_TEXT = "现岗位等级与合格库信息不符，是否确认报考";
    static final String YEAR_TEXT = "现岗位等级取得时间与合格库信息不符，是否确认报考";
    static final String WORK_TYPE_TEXT = "现岗位工种与合格库信息不符，是否确认报考";

    private QualificationCheck() {
    }

    /**
     * The comparison, over the records {@link CandidateFactory#records} reads: a 未定级 declaration has nothing to
     * compare, and neither has a worker of whom the 合格库 holds no record at all (no certificate entered yet: there is
     * nothing the declaration could differ from).
     */
    public static List<Warning> compare(List<Held> held, Level declaredLevel, Integer declaredYear, String declaredWorkType) {
        List<Warning> warnings = new ArrayList<>();
        if (declaredLevel == null || declaredLevel == Level.NONE || held.isEmpty()) {
            return warnings;
        }
        List<Held> atLevel = held.stream().filter(h -> levelOf(h.title()) == declaredLevel).toList();
        if (atLevel.isEmpty()) {
            warnings.add(new Warning(Kind.LEVEL, LEVEL_TEXT));
        } else if (declaredYear != null && atLevel.stream().noneMatch(h -> h.obtainedOn() != null && h.obtainedOn().getYear() == declaredYear)) {
            warnings.add(new Warning(Kind.LEVEL_YEAR, YEAR_TEXT));
        }
        List<Held> typed = (atLevel.isEmpty() ? held : atLevel).stream().filter(h -> h.workTypeCode() != null && !h.workTypeCode().isBlank()).toList();
        if (declaredWorkType != null && !typed.isEmpty() && typed.stream().noneMatch(h -> h.workTypeCode().equalsIgnoreCase(declaredWorkType))) {
            warnings.add(new Warning(Kind.WORK_TYPE, WORK_TYPE_TEXT));
        }
        return warnings;
    }

    /** The level a certificate title names: "一级/高级技师", "技师", "三级", "高级工"…; NONE when it names none. */
    static Level levelOf(String title) {
        if (title == null) {
            return Level.NONE;
        }
        if (title.contains("高级技师") || title.contains("一级")) {
            return Level.SENIOR_TECHNICIAN;
        }
        if (title.contains("技师") || title.contains("二级")) {
            return Level.TECHNICIAN;
        }
        if (title.contains("高级工") || title.contains("三级")) {
            return Level.SENIOR;
        }
        if (title.contains("中级工") || title.contains("四级")) {
            return Level.INTERMEDIATE;
        }
        if (title.contains("初级工") || title.contains("五级")) {
            return Level.JUNIOR;
        }
        return Level.NONE;
    }
}
