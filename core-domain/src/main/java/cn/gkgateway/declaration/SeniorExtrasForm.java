package cn.gkgateway.declaration;

import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The 高级技师 extras as the author typed them, checked field by field (Chinese messages, every problem
 * at once). A draft may leave fields empty; {@link #missing} names what submission still needs.
 */
public record SeniorExtrasForm(AnnualAssessment annualAssessment, String resume, String rewardsPenalties, String achievements,
                               SortedSet<Integer> claimedConditions, String thesisTitle) {

    public static final int MAX_RESUME = 2000;
    public static final int MAX_REWARDS = 1000;
    public static final int MAX_ACHIEVEMENTS = 2000;
    /** Leaves room for ".docx" within the 100 characters a material's file name keeps. */
    public static final int MAX_THESIS_TITLE = 80;
    public static final int CONDITIONS = 8;

    /** What the author sends: the assessment by its code (EXCELLENT …) and the condition numbers (1…8). */
    public record Request(String annualAssessment, String resume, String rewardsPenalties, String achievements,
                          List<Integer> claimedConditions, String thesisTitle) {
    }

    /** The checked form, or the problems added to {@code problems} (then null). */
    static SeniorExtrasForm of(Request request, List<FieldProblem> problems) {
        if (request == null) {
            problems.add(new FieldProblem("annualAssessment", "请填写高级技师申报信息"));
            return null;
        }
        int before = problems.size();
        AnnualAssessment assessment = assessment(request.annualAssessment(), problems);
        String resume = text(request.resume(), "resume", "学习工作简历", MAX_RESUME, problems);
        String rewards = text(request.rewardsPenalties(), "rewardsPenalties", "奖惩情况", MAX_REWARDS, problems);
        String achievements = text(request.achievements(), "achievements", "主要技术业务工作业绩", MAX_ACHIEVEMENTS, problems);
        SortedSet<Integer> conditions = new TreeSet<>();
        for (Integer number : request.claimedConditions() == null ? List.<Integer>of() : request.claimedConditions()) {
            if (number == null || number < 1 || number > CONDITIONS) {
                problems.add(new FieldProblem("claimedConditions", "可选条件只有一至八项，请重新勾选"));
                break;
            }
            conditions.add(number);
        }
        String title = Text.line(request.thesisTitle(), "thesisTitle", "论文标题", MAX_THESIS_TITLE, problems);
        if (title != null && ThesisTitle.hasForbiddenFileNameCharacters(title)) {
            problems.add(new FieldProblem("thesisTitle",
                    "论文标题不能含有文件名中不允许的字符（\\ / : * ? \" < > |），请改用全角符号", "THESIS_TITLE_INVALID"));
        }
        return problems.size() == before
                ? new SeniorExtrasForm(assessment, resume, rewards, achievements, conditions, title) : null;
    }

    /** The names of the items submission needs and that are still empty. */
    static List<String> missing(AnnualAssessment assessment, String resume, String rewards, String achievements, String title) {
        List<String> missing = new ArrayList<>();
        if (assessment == null) {
            missing.add("annualAssessment:年度考核结果");
        }
        if (resume == null) {
            missing.add("resume:学习工作简历");
        }
        if (rewards == null) {
            missing.add("rewardsPenalties:奖惩情况（没有请填“无”）");
        }
        if (achievements == null) {
            missing.add("achievements:主要技术业务工作业绩");
        }
        if (title == null) {
            missing.add("thesisTitle:论文标题");
        }
        return missing;
    }

    private static AnnualAssessment assessment(String raw, List<FieldProblem> problems) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return AnnualAssessment.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("annualAssessment", "年度考核结果只能选择优秀、合格、基本合格或不合格"));
            return null;
        }
    }

    /** A multi-line text: surrounding blanks removed, line breaks kept, control characters refused, bounded. */
    private static String text(String raw, String field, String label, int maxLength, List<FieldProblem> problems) {
        if (raw == null) {
            return null;
        }
        String value = Text.strip(raw.replace("\r\n", "\n"));
        if (value.isEmpty()) {
            return null;
        }
        if (Text.hasForbiddenCharacters(value, true)) {
            problems.add(new FieldProblem(field, label + "含有不可见的控制字符或格式字符，请删除后重新输入", "TEXT_CONTROL_CHARACTERS"));
            return null;
        }
        if (value.codePointCount(0, value.length()) > maxLength) {
            problems.add(new FieldProblem(field, label + "不能超过" + maxLength + "个字", "TEXT_TOO_LONG"));
            return null;
        }
        return value;
    }
}
