package cn.gkgateway.declaration;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * 申报单位经办人承诺书: each exam office may set the text for its region; a unit reads the text of
 * the most specific region that covers it (district, then city, then province), or the default.
 */
@Service
public class CommitmentService {

    public static final int MAX_LENGTH = 4000;

    /** The default text, after the 2020 notice (seed 003: 谁审核、谁签字、谁负责; fraud bars for 3 years). */
    public static final String DEFAULT_TEXT = """
            申报单位经办人承诺书

            一、本单位已认真审核申报人员的身份、任职资格、工作年限、在岗情况及所报全部材料，确认真实、准确、完整，符合本年度技术等级考评的申报条件。
            二、本单位按照“谁审核、谁签字、谁负责”的要求，指定专人审核申报材料，并对审核结果负责。
            三、本单位已将申报人员名单在单位内部公示，无异议。
            四、如有弄虚作假、虚报业绩等情况，一经查实，本单位愿承担相应责任；申报人员记入诚信记录，3年内不得重新申报等级考评。
            五、本单位将及时关注审核进度，对退回补充的申报在报名截止前补充材料后重新提交。""";

    private final CommitmentLetters letters;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final Clock clock;

    public CommitmentService(CommitmentLetters letters, Organisations organisations, AuditLog auditLog, Clock clock) {
        this.letters = letters;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record Letter(String regionCode, String body, boolean isDefault) {
    }

    /** The text that governs the caller: a unit's region's, or an exam office's own. */
    @Transactional(readOnly = true)
    public Letter forCaller(Caller caller) {
        caller.require(Role.UNIT_OPERATOR, Role.EXAM_OFFICE, Role.SUPERVISOR, Role.ADMIN);
        Organisation organisation = caller.organisationId() == null ? null : organisations.findById(caller.organisationId()).orElse(null);
        if (organisation == null) {
            return new Letter(null, DEFAULT_TEXT, true);
        }
        return forRegion(organisation.getRegionCode());
    }

    @Transactional(readOnly = true)
    public Letter forRegion(String regionCode) {
        List<String> candidates = List.of(regionCode, regionCode.substring(0, 4) + "00", regionCode.substring(0, 2) + "0000");
        return letters.findByRegionCodeIn(candidates).stream()
                .max(Comparator.comparingInt(letter -> specificity(letter.getRegionCode())))
                .map(letter -> new Letter(letter.getRegionCode(), letter.getBody(), false))
                .orElse(new Letter(null, DEFAULT_TEXT, true));
    }

    private static int specificity(String regionCode) {
        return regionCode.endsWith("0000") ? 0 : regionCode.endsWith("00") ? 1 : 2;
    }

    /** An exam office sets its region's text. */
    @Transactional
    public Letter change(Caller caller, String body) {
        caller.require(Role.EXAM_OFFICE);
        Organisation office = organisations.findById(caller.organisationId()).orElseThrow();
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw DomainException.invalid("COMMITMENT_TEXT_REQUIRED", "body", "请填写承诺书内容");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw DomainException.invalid("COMMITMENT_TEXT_TOO_LONG", "body", "承诺书不能超过" + MAX_LENGTH + "个字");
        }
        if (Text.hasForbiddenCharacters(text, true)) {
            throw DomainException.invalid("TEXT_CONTROL_CHARACTERS", "body", "承诺书含有不可见的控制字符或格式字符，请删除后重新输入");
        }
        CommitmentLetter letter = letters.findById(office.getRegionCode()).orElseGet(() -> new CommitmentLetter(office.getRegionCode()));
        letter.change(text, clock.instant(), caller.accountId());
        letters.save(letter);
        auditLog.record(caller, "COMMITMENT_LETTER_CHANGED", "commitment_letter", null, office.getRegionCode());
        return new Letter(office.getRegionCode(), text, false);
    }
}
