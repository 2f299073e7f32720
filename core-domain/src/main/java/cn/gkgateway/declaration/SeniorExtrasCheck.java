package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What submitting a 高级技师 declaration needs besides its material slots (issue 16): every required extra
 * filled (SENIOR_EXTRAS_MISSING, all of them named at once), a proof file for every claimed optional
 * condition (SENIOR_CONDITION_PROOF_MISSING), and every THESIS file named by the declared title
 * (THESIS_TITLE_MISMATCH, see {@link ThesisTitle}). Other levels pass without a look-up.
 */
@Component
public class SeniorExtrasCheck {

    static final String THESIS_SLOT = "THESIS";
    static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八"};

    private final SeniorExtrasRecords records;
    private final SlotFiles slotFiles;

    public SeniorExtrasCheck(SeniorExtrasRecords records, SlotFiles slotFiles) {
        this.records = records;
        this.slotFiles = slotFiles;
    }

    /** The name of optional condition {@code number} (1…8): 可选条件一 … 可选条件八. */
    public static String conditionName(int number) {
        return "可选条件" + NUMERALS[number - 1];
    }

    static String conditionSlot(int number) {
        return "CONDITION_" + number;
    }

    /** Refuses submission of an incomplete 高级技师 declaration; see the class comment. */
    public void requireComplete(Declaration declaration) {
        if (declaration.getTargetLevel() != Level.SENIOR_TECHNICIAN) {
            return;
        }
        SeniorExtras extras = declaration.getId() == null ? null : records.findById(declaration.getId()).orElse(null);
        Map<String, List<String>> files = declaration.getId() == null ? Map.of() : slotFiles.fileNamesBySlot(declaration.getId());
        List<FieldProblem> problems = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> missing = extras == null
                ? SeniorExtrasForm.missing(null, null, null, null, null) : extras.missingFields();
        for (String item : missing) {
            int colon = item.indexOf(':');
            labels.add(item.substring(colon + 1));
            problems.add(new FieldProblem(item.substring(0, colon), "请填写" + item.substring(colon + 1), "SENIOR_EXTRAS_MISSING"));
        }
        boolean fieldsMissing = !problems.isEmpty();
        if (extras != null) {
            for (int number : extras.getClaimedConditions()) {
                if (!files.containsKey(conditionSlot(number))) {
                    labels.add(conditionName(number) + "证明材料（已勾选该条件）");
                    problems.add(new FieldProblem("material:" + conditionSlot(number),
                            "已勾选" + conditionName(number) + "，请上传" + conditionName(number) + "证明材料", "SENIOR_CONDITION_PROOF_MISSING"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_REJECTED,
                    fieldsMissing ? "SENIOR_EXTRAS_MISSING" : "SENIOR_CONDITION_PROOF_MISSING",
                    "高级技师申报尚缺：" + String.join("、", labels), problems);
        }
        for (String fileName : files.getOrDefault(THESIS_SLOT, List.of())) {
            requireMatch(extras.getThesisTitle(), fileName);
        }
    }

    /** At upload: a THESIS file must be named by the title, once a title is set (a later title is checked on submit). */
    @Transactional(readOnly = true)
    public void requireThesisName(long declarationId, String fileName) {
        records.findById(declarationId).map(SeniorExtras::getThesisTitle)
                .ifPresent(title -> requireMatch(title, fileName));
    }

    static void requireMatch(String title, String fileName) {
        if (!ThesisTitle.matches(title, fileName)) {
            String message = "论文文件名“" + fileName + "”与论文标题“" + title + "”不一致：请将论文文件改名为“" + title
                    + "." + extension(fileName) + "”后重新上传，或修改论文标题";
            throw new DomainException(DomainException.Kind.INVALID, "THESIS_TITLE_MISMATCH", message,
                    List.of(new FieldProblem("material:" + THESIS_SLOT, message, "THESIS_TITLE_MISMATCH")));
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(dot + 1) : "docx";
    }
}
