package cn.gkgateway.web.admin;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.messaging.ParkedMessages;
import cn.gkgateway.messaging.SmsDispatcher;
import cn.gkgateway.notification.Notification;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.NotificationStatus;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The notification ledger and the parked messages, for the administrator (console page 消息发送记录). */
@Tag(name = "运维：消息发送记录")
@RestController
@RequestMapping("/api/admin/notifications")
class NotificationController {

    private final NotificationLedger ledger;
    private final ParkedMessages parked;
    private final SmsDispatcher dispatcher;

    NotificationController(NotificationLedger ledger, ParkedMessages parked, SmsDispatcher dispatcher) {
        this.ledger = ledger;
        this.parked = parked;
        this.dispatcher = dispatcher;
    }

    /** A ledger row as the console shows it: the recipient masked, the status in Chinese. */
    record NotificationResponse(long id, String eventId, String kind, String channel, String recipient, String templateCode,
                                String status, String statusName, String providerId, int attempts, String lastError,
                                Instant nextAttemptAt, Instant createdAt, Instant updatedAt) {

        static NotificationResponse of(Notification row) {
            return new NotificationResponse(row.id(), row.eventId(), row.kind(), row.channel(), row.recipientMasked(), row.templateCode(),
                    row.status().name(), row.status().displayName(), row.providerId(), row.attempts(), row.lastError(),
                    row.nextAttemptAt(), row.createdAt(), row.updatedAt());
        }
    }

    record Replayed(long id, boolean requeued, String message) {
    }

    record ParkedReplayed(int replayed) {
    }

    @Operation(summary = "按状态分页查看消息发送记录（系统管理员）")
    @GetMapping
    PageResponse<NotificationResponse> list(Caller caller, @RequestParam(required = false) String status,
                                            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        caller.require(Role.ADMIN);
        NotificationStatus wanted = status(status);
        int pageSize = Math.min(Math.max(size, 1), 100);
        int pageNo = Math.max(page, 0);
        long total = ledger.count(wanted);
        List<NotificationResponse> rows = ledger.list(wanted, pageNo, pageSize).stream().map(NotificationResponse::of).toList();
        return new PageResponse<>(rows, pageNo, pageSize, total, (int) ((total + pageSize - 1) / pageSize));
    }

    @Operation(summary = "查看一条消息发送记录（系统管理员）")
    @GetMapping("/{id}")
    NotificationResponse show(Caller caller, @PathVariable long id) {
        caller.require(Role.ADMIN);
        return NotificationResponse.of(find(id));
    }

    @Operation(summary = "重新发送失败、被拒绝或结果未知的消息；已发送的消息不会重发（系统管理员）")
    @PostMapping("/{id}/replay")
    Replayed replay(Caller caller, @PathVariable long id) {
        caller.require(Role.ADMIN);
        Notification row = find(id);
        if (!row.status().replayable()) {
            return new Replayed(id, false, "该消息状态为“" + row.status().displayName() + "”，无需重发");
        }
        boolean requeued = ledger.requeue(id);
        dispatcher.wake();
        return new Replayed(id, requeued, requeued ? "已重新排队发送" : "该消息状态已变化，未重发");
    }

    @Operation(summary = "查看因被拒绝或重试用尽而暂存的原始事件（系统管理员）")
    @GetMapping("/parked")
    List<ParkedMessages.Parked> parked(Caller caller, @RequestParam(defaultValue = "100") int max) {
        caller.require(Role.ADMIN);
        return parked.list(Math.min(Math.max(max, 1), 500));
    }

    @Operation(summary = "故障排除后，重新投递全部暂存的原始事件（系统管理员）")
    @PostMapping("/parked/replay")
    ParkedReplayed replayParked(Caller caller) {
        caller.require(Role.ADMIN);
        return new ParkedReplayed(parked.replay());
    }

    private Notification find(long id) {
        return ledger.find(id).orElseThrow(() -> DomainException.notFound("NOTIFICATION_NOT_FOUND", "消息发送记录不存在"));
    }

    private static NotificationStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return NotificationStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("NOTIFICATION_STATUS_INVALID", "status", "状态只能是 PENDING、SENT、UNKNOWN、FAILED 或 REFUSED");
        }
    }
}
