package cn.gkgateway.roster;

import java.util.List;

import static cn.gkgateway.roster.SubsetField.choice;
import static cn.gkgateway.roster.SubsetField.date;
import static cn.gkgateway.roster.SubsetField.text;

/** The subsets (子集) of a worker's roster entry, each a table of its own with the fields listed here. */
public enum Subset {
    QUALIFICATION("worker_qualification", "资格记录", List.of(
            text("title", "title", "名称", true, 100),
            choice("route", "route", "取得途径", "考试", "评审"),
            text("approvedBy", "approved_by", "审批单位", false, 100),
            date("obtainedOn", "obtained_on", "取得时间", false),
            text("workTypeCode", "work_type_code", "工种代码", false, 20),
            text("certificateNo", "certificate_no", "证书号", false, 50))),
    POST("worker_post", "岗位及简历", List.of(
            text("post", "post", "岗位", true, 100),
            text("employer", "employer", "工作单位", false, 100),
            date("startedOn", "started_on", "起始时间", false),
            date("endedOn", "ended_on", "截止时间", false))),
    EDUCATION("worker_education", "学历", List.of(
            text("school", "school", "毕业院校", true, 100),
            choice("degree", "degree", "学历", "初中及以下", "高中", "中专", "技工学校", "大专", "本科", "研究生"),
            text("major", "major", "专业", false, 100),
            date("graduatedOn", "graduated_on", "毕业时间", false))),
    TRAINING("worker_training", "继续教育及培训", List.of(
            text("title", "title", "培训项目", true, 100),
            text("organiser", "organiser", "主办单位", false, 100),
            date("startedOn", "started_on", "起始时间", false),
            date("endedOn", "ended_on", "截止时间", false),
            new SubsetField("hours", "hours", "学时", SubsetField.Type.HOURS, false, 4, List.of()))),
    REWARD("worker_reward", "奖惩情况", List.of(
            choice("kind", "kind", "类别", "奖励", "惩处"),
            text("title", "title", "奖惩名称", true, 100),
            text("decidedBy", "decided_by", "决定单位", false, 100),
            date("decidedOn", "decided_on", "决定时间", false))),
    ASSESSMENT("worker_assessment", "年度考核", List.of(
            new SubsetField("year", "assessment_year", "考核年度", SubsetField.Type.YEAR, true, 4, List.of()),
            choice("result", "result", "考核结果", "优秀", "合格", "基本合格", "不合格", "不定等次")));

    private final String table;
    private final String displayName;
    private final List<SubsetField> fields;

    Subset(String table, String displayName, List<SubsetField> fields) {
        this.table = table;
        this.displayName = displayName;
        this.fields = fields;
    }

    String table() {
        return table;
    }

    public String displayName() {
        return displayName;
    }

    public List<SubsetField> fields() {
        return fields;
    }
}
