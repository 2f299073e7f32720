package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.review.ChainOutcome;
import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The declaration's state machine: draft → under review → approved / rejected / returned → resubmitted, withdrawn. */
class DeclarationLifecycleTest {

    private static final Instant T0 = Instant.parse("2026-06-15T02:00:00Z");
    private static final Declaration.Contact CONTACT = new Declaration.Contact("陈红梅", "cipher", "0514-****5678");

    private static Declaration draft(Level level, DeclarationMode mode, ModeDetails details) {
        return new Declaration(2026, 1L, 2L, "hash", level, "FW01", mode, details, AuthorKind.UNIT, T0, 9L);
    }

    private static Declaration draft() {
        return draft(Level.INTERMEDIATE, DeclarationMode.NORMAL, ModeDetails.none());
    }

    private static String code(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        return null;
    }

    @Test
    void aDraftIsLiveEditableAndDeletableButNotWithdrawable() {
        Declaration draft = draft();
        assertThat(draft.getStatus()).isEqualTo(DeclarationStatus.DRAFT);
        assertThat(draft.isLive()).isTrue();
        assertThat(draft.editable()).isTrue();
        draft.requireDeletable();
        assertThat(code(() -> draft.withdraw(true, T0))).isEqualTo("DECLARATION_NOT_WITHDRAWABLE");
        assertThat(code(draft::requireReturned)).isEqualTo("DECLARATION_NOT_RETURNED");
    }

    @Test
    void submittingMovesToReviewAndFreezesTheForm() {
        Declaration declaration = draft();
        declaration.submit(CONTACT, T0, 9L);
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.UNDER_REVIEW);
        assertThat(declaration.getCommitmentAcceptedAt()).isEqualTo(T0);
        assertThat(declaration.getContactPhoneMasked()).isEqualTo("0514-****5678");
        assertThat(code(() -> declaration.revise("FW01", DeclarationMode.NORMAL, ModeDetails.none()))).isEqualTo("DECLARATION_NOT_EDITABLE");
        assertThat(code(() -> declaration.submit(CONTACT, T0, 9L))).isEqualTo("DECLARATION_NOT_DRAFT");
        assertThat(code(declaration::requireDeletable)).isEqualTo("DECLARATION_NOT_DRAFT");
    }

    @Test
    void anUndecidedSubmissionCanBeWithdrawnAndThenNoLongerBlocks() {
        Declaration declaration = draft();
        declaration.submit(CONTACT, T0, 9L);
        assertThat(code(() -> declaration.withdraw(false, T0))).isEqualTo("DECLARATION_NOT_WITHDRAWABLE");
        declaration.withdraw(true, T0);
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.WITHDRAWN);
        assertThat(declaration.isLive()).isFalse();
        assertThat(code(() -> declaration.withdraw(true, T0))).isEqualTo("DECLARATION_NOT_WITHDRAWABLE");
    }

    @Test
    void aReturnedDeclarationIsEditedAndResubmittedIntoTheReturningStepInANewRound() {
        Declaration declaration = draft();
        declaration.submit(CONTACT, T0, 9L);
        declaration.follow(ChainOutcome.ADVANCED, 1, T0);
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.UNDER_REVIEW);
        declaration.follow(ChainOutcome.RETURNED, 2, T0);
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.RETURNED);
        assertThat(declaration.isLive()).isTrue();
        assertThat(declaration.editable()).isTrue();
        declaration.revise("FW02", DeclarationMode.POST_CHANGE, new ModeDetails(null, "机关后勤服务", null));
        assertThat(declaration.getFormerPost()).isEqualTo("机关后勤服务");
        int fromStep = declaration.resubmit(T0.plusSeconds(60), 9L);
        assertThat(fromStep).isEqualTo(2);
        assertThat(declaration.getRound()).isEqualTo(2);
        assertThat(declaration.getStatus()).isEqualTo(DeclarationStatus.UNDER_REVIEW);
        assertThat(declaration.getDecidedAt()).isNull();
        assertThat(code(() -> declaration.resubmit(T0, 9L))).isEqualTo("DECLARATION_NOT_RETURNED");
    }

    @Test
    void rejectionEndsTheDeclarationAndFreesTheKeyApprovalKeepsIt() {
        Declaration rejected = draft();
        rejected.submit(CONTACT, T0, 9L);
        rejected.follow(ChainOutcome.REJECTED, 1, T0);
        assertThat(rejected.isLive()).isFalse();
        assertThat(rejected.editable()).isFalse();

        Declaration approved = draft();
        approved.submit(CONTACT, T0, 9L);
        approved.follow(ChainOutcome.APPROVED, 2, T0);
        assertThat(approved.getStatus()).isEqualTo(DeclarationStatus.APPROVED);
        assertThat(approved.isLive()).isTrue();
        assertThat(code(() -> approved.withdraw(true, T0))).isEqualTo("DECLARATION_NOT_WITHDRAWABLE");
    }

    @Test
    void eachModeAsksForWhatItNeeds() {
        assertThat(draft().missing()).isEmpty();
        Declaration exceptional = draft(Level.TECHNICIAN, DeclarationMode.EXCEPTIONAL, ModeDetails.none());
        // the proof itself is a required material slot, checked by MaterialRequirement on submit
        assertThat(exceptional.missing()).extracting(problem -> problem.field()).containsExactly("reason");
        exceptional.revise("FW01", DeclarationMode.EXCEPTIONAL, new ModeDetails("业绩突出，获省级技术能手称号", null, null));
        assertThat(exceptional.missing()).isEmpty();

        assertThat(draft(Level.SENIOR, DeclarationMode.POST_CHANGE, ModeDetails.none()).missing())
                .extracting(problem -> problem.field()).containsExactly("formerPost");
        assertThat(draft(Level.SENIOR, DeclarationMode.RECHECK, ModeDetails.none()).missing())
                .extracting(problem -> problem.field()).containsExactly("earlierResult");
        assertThat(draft(Level.JUNIOR, DeclarationMode.VETERAN, ModeDetails.none()).missing()).isEmpty();
    }

    @Test
    void technicianLevelsAllowOnlyNormalAndExceptional() {
        for (DeclarationMode mode : DeclarationMode.values()) {
            assertThat(mode.allowedFor(Level.INTERMEDIATE)).isTrue();
        }
        assertThat(DeclarationMode.NORMAL.allowedFor(Level.TECHNICIAN)).isTrue();
        assertThat(DeclarationMode.EXCEPTIONAL.allowedFor(Level.SENIOR_TECHNICIAN)).isTrue();
        assertThat(DeclarationMode.POST_CHANGE.allowedFor(Level.TECHNICIAN)).isFalse();
        assertThat(DeclarationMode.RECHECK.allowedFor(Level.SENIOR_TECHNICIAN)).isFalse();
        assertThat(DeclarationMode.VETERAN.allowedFor(Level.TECHNICIAN)).isFalse();
        assertThat(draft(Level.TECHNICIAN, DeclarationMode.VETERAN, ModeDetails.none()).missing())
                .extracting(problem -> problem.code()).containsExactly("DECLARATION_MODE_NOT_ALLOWED");
    }

    @Test
    void aModeKeepsOnlyItsOwnDetails() {
        Declaration declaration = draft(Level.SENIOR, DeclarationMode.RECHECK, new ModeDetails("理由", "岗位", "2025年考核不合格"));
        assertThat(declaration.getEarlierResult()).isEqualTo("2025年考核不合格");
        assertThat(declaration.getModeReason()).isNull();
        assertThat(declaration.getFormerPost()).isNull();
    }
}
