package cn.gkgateway.rosterimport;

import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.review.RequestReview;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.shared.DomainException.FieldProblem;
import cn.gkgateway.shared.Text;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The submission shared by every batch request that a unit submits for review with a signed evidence file
 * and a contact (roster imports, key-info changes): the draft, the contact and the evidence are checked,
 * then the request takes the contact and its review chain ({@link ImportReviewChain}) starts. The feature's
 * own checks of its rows come between the two.
 */
@Component
public class BatchSubmission {

    private final Organisations organisations;
    private final PersonalDataProtector protector;
    private final RequestReview review;
    private final ImportReviewChain chains;
    private final Clock clock;

    BatchSubmission(Organisations organisations, PersonalDataProtector protector, RequestReview review, ImportReviewChain chains,
                    Clock clock) {
        this.organisations = organisations;
        this.protector = protector;
        this.review = review;
        this.chains = chains;
        this.clock = clock;
    }

    /** A validated contact for a submitted batch. */
    public record Contact(String name, PhoneNumber phone) {
    }

    /**
     * Refuses unless {@code draft} is still a draft, the contact is valid (every field problem reported at
     * once, the first problem's code is the error's code) and the signed, stamped printout is uploaded.
     */
    public Contact check(BatchRequest draft, String contactName, String contactPhone) {
        draft.requireDraft();
        Contact contact = contact(contactName, contactPhone);
        if (!draft.hasEvidence()) {
            throw DomainException.invalid("EVIDENCE_REQUIRED", "file", "请先上传签字盖章的打印件");
        }
        return contact;
    }

    /** Submits a checked draft: it keeps the contact (the phone sealed and masked) and goes to the unit's review chain. */
    public void submit(String subjectType, BatchRequest draft, Contact contact) {
        Organisation unit = organisations.findById(draft.getUnitId()).orElseThrow();
        draft.submit(contact.name(), protector.encrypt(contact.phone().value()), contact.phone().masked(), clock.instant());
        review.start(subjectType, draft.getId(), chains.forUnit(unit));
    }

    private static Contact contact(String contactName, String contactPhone) {
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
}
