package cn.gkgateway.declaration;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.review.Decision;

import java.util.List;

/** The requests of the declaration lifecycle (besides the one-shot {@link Declare}). */
public final class DeclarationCommands {

    private DeclarationCommands() {
    }

    /** 添加申报人员: one line per worker, each with its level, work type and mode (and what the mode asks for). */
    public record AddEntry(Long workerId, Level targetLevel, String workTypeCode, DeclarationMode mode,
                           String reason, String formerPost, String earlierResult) {
    }

    /** 查看/补充: the editable part of a draft or a returned declaration. */
    public record Revise(String workTypeCode, DeclarationMode mode, String reason, String formerPost, String earlierResult) {
    }

    /** 承诺书 answer: 同意 lets the submission go on, 不同意 stops it. */
    public enum Commitment { AGREE, DISAGREE }

    /**
     * 提交 of one or more drafts, after the commitment letter and with the contact; {@code qualificationConfirmed}
     * names the declarations whose 合格库 warnings the operator confirmed (确认报考).
     */
    public record Submit(List<Long> ids, Commitment commitment, String contactName, String contactPhone,
                         List<Long> qualificationConfirmed) {
    }

    /** One line of a batch decision's answer: decided, or why not. */
    public record BatchOutcome(long declarationId, boolean decided, String code, String message) {
    }

    /** 批量审核. */
    public record BatchDecide(List<Long> ids, Decision decision, String reason) {
    }
}
