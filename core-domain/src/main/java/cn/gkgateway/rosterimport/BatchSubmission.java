package cn.gkgateway.rosterimport;

import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks shared by every batch request that a unit submits for review with a signed evidence file
 * and a contact (roster imports, key-info changes): the contact is validated, and the evidence must be there.
 */
public final class BatchSubmission {

    private BatchSubmission() {
    }

    /** A validated contact for a submitted batch. */
    public record Contact(String name, PhoneNumber phone) {
    }

    /**
     * Validates the contact's name and phone, reporting every field problem at once
     * (the first problem's code is the error's code).
     */
    public static Contact contact(String contactName, String contactPhone) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Text.line(contactName, "contactName", "联系人", 30, problems);
        if (name == null && problems.isEmpty()) {
            problems.add(new FieldProblem("contactName", "请填写联系人", "TEXT_REQUIRED"));
        }
        PhoneNumber phone = null;
        try {
            phone = PhoneNumber.parse(contactPhone, "contactPhone");
        } catch (DomainException e) {
            problems.addAll(e.fieldProblems());
        }
        if (!problems.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID, problems.get(0).code(), problems.get(0).message(), problems);
        }
        return new Contact(name, phone);
    }

    /** Refuses a submission whose signed, stamped print-out has not been uploaded. */
    public static void requireEvidence(boolean hasEvidence) {
        if (!hasEvidence) {
            throw DomainException.invalid("EVIDENCE_REQUIRED", "file", "请先上传签字盖章的打印件");
        }
    }
}
