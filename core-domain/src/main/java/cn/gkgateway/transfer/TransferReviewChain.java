package cn.gkgateway.transfer;

import cn.gkgateway.organisation.ExamOffices;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.review.StepDefinition;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The review chain of a transfer: the exam office of the receiving unit's level and region, then,
 * when the releasing unit belongs to another exam office, that office too.
 */
@Component
class TransferReviewChain {

    private final ExamOffices examOffices;

    TransferReviewChain(ExamOffices examOffices) {
        this.examOffices = examOffices;
    }

    List<StepDefinition> between(Organisation from, Organisation to) {
        Organisation receiving = examOffices.of(to);
        Organisation releasing = examOffices.of(from);
        List<StepDefinition> chain = new ArrayList<>();
        chain.add(new StepDefinition("调入地工考办审核", receiving.getId(), receiving.getName()));
        if (!releasing.getId().equals(receiving.getId())) {
            chain.add(new StepDefinition("调出地工考办审核", releasing.getId(), releasing.getName()));
        }
        return chain;
    }
}
