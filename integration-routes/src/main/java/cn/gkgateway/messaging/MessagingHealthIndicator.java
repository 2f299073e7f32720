package cn.gkgateway.messaging;

import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.NotificationStatus;
import cn.gkgateway.outbox.Outbox;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Health component {@code messaging}: DOWN when the oldest unpublished outbox event is older than
 * {@code gk.messaging.health.max-outbox-age}, when more ledger rows than allowed are FAILED or
 * UNKNOWN, when the SMS provider refuses our credentials, or when the relay or an event consumer
 * cannot reach the broker (or the database). The broker itself is the {@code jms} component.
 */
@Component("messaging")
class MessagingHealthIndicator extends AbstractHealthIndicator {

    private final Outbox outbox;
    private final NotificationLedger ledger;
    private final OutboxRelay relay;
    private final SmsDispatcher dispatcher;
    private final List<EventConsumer<?>> consumers;
    private final MessagingProperties.Health limits;

    MessagingHealthIndicator(Outbox outbox, NotificationLedger ledger, OutboxRelay relay, SmsDispatcher dispatcher, List<EventConsumer<?>> consumers,
                             MessagingProperties properties) {
        super("messaging health check failed");
        this.outbox = outbox;
        this.ledger = ledger;
        this.relay = relay;
        this.dispatcher = dispatcher;
        this.consumers = List.copyOf(consumers);
        this.limits = properties.health();
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        Duration backlog = outbox.oldestUnpublishedAge().orElse(Duration.ZERO);
        long failed = ledger.count(NotificationStatus.FAILED);
        long unknown = ledger.count(NotificationStatus.UNKNOWN);
        health.up().withDetail("oldestUnpublishedEventSeconds", backlog.toSeconds())
                .withDetail("failedNotifications", failed)
                .withDetail("unknownNotifications", unknown);
        if (dispatcher.credentialFault() != null) {
            health.down().withDetail("reason", "短信服务商拒绝了网关的凭据（401/403），请检查 GK_SMS_APP_KEY / GK_SMS_APP_SECRET")
                    .withDetail("providerAnswer", dispatcher.credentialFault());
        } else if (relay.downReason() != null) {
            health.down().withDetail("reason", "事件转发失败（消息代理或数据库不可用）").withDetail("cause", relay.downReason());
        } else if (consumerDown().isPresent()) {
            health.down().withDetail("reason", "事件消费失败（消息代理或数据库不可用）").withDetail("cause", consumerDown().get());
        } else if (backlog.compareTo(limits.maxOutboxAge()) > 0) {
            health.down().withDetail("reason", "待转发事件积压超过 " + limits.maxOutboxAge().toSeconds() + " 秒");
        } else if (failed > limits.maxFailed() || unknown > limits.maxUnknown()) {
            health.down().withDetail("reason", "发送失败或结果未知的短信过多，请在“消息发送记录”中处理");
        }
    }

    private Optional<String> consumerDown() {
        return consumers.stream().map(EventConsumer::downReason).filter(Objects::nonNull).findFirst();
    }
}
