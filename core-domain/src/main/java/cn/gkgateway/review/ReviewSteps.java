package cn.gkgateway.review;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface ReviewSteps extends JpaRepository<ReviewStep, Long> {

    List<ReviewStep> findBySubjectTypeAndSubjectIdOrderByStepNoAsc(String subjectType, long subjectId);

    /** Every round's steps, the first round first (a returned and resubmitted subject has several). */
    List<ReviewStep> findBySubjectTypeAndSubjectIdOrderByRoundAscStepNoAsc(String subjectType, long subjectId);

    List<ReviewStep> findBySubjectTypeAndSubjectIdInOrderByRoundAscStepNoAsc(String subjectType, Collection<Long> subjectIds);

    List<ReviewStep> findBySubjectTypeAndSubjectIdInOrderByStepNoAsc(String subjectType, Collection<Long> subjectIds);

    @Query("""
            select s.subjectId from ReviewStep s
            where s.subjectType = :subjectType and s.organisationId = :organisationId
              and s.status = cn.gkgateway.review.StepStatus.PENDING
            order by s.subjectId asc
            """)
    List<Long> findPendingSubjectIds(String subjectType, long organisationId);

    @Query("""
            select count(s) from ReviewStep s
            where s.subjectType = :subjectType and s.organisationId = :organisationId
              and s.status = cn.gkgateway.review.StepStatus.PENDING
            """)
    long countPending(String subjectType, long organisationId);
}
