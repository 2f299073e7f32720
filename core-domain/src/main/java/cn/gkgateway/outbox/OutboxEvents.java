package cn.gkgateway.outbox;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface OutboxEvents extends JpaRepository<OutboxEvent, Long> {

    List<OutboxEvent> findByPublishedAtIsNullOrderByIdAsc(Limit limit);

    @Modifying
    @Query("update OutboxEvent e set e.publishedAt = :at where e.id in :ids and e.publishedAt is null")
    int markPublished(Collection<Long> ids, Instant at);

    long countByPublishedAtIsNull();

    List<OutboxEvent> findByAggregateTypeAndAggregateIdOrderByIdAsc(String aggregateType, long aggregateId);
}
