package cn.gkgateway.messaging;

import cn.gkgateway.identity.CodePurpose;
import cn.gkgateway.identity.CodeSender;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.SmsMessage;
import cn.gkgateway.notification.SmsTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Sends verification codes through the notification ledger with {@link NotificationLedger#PRIORITY_URGENT},
 * the code sealed (encrypted) in the row's variables, never in plain text,
 * so the dispatcher claims them ahead of notices; wakes the dispatcher once the row is committed.
 */
@Component
class LedgerCodeSender implements CodeSender {

    static final String KIND = "VERIFICATION_CODE";

    private final NotificationLedger ledger;
    private final SmsDispatcher dispatcher;

    LedgerCodeSender(NotificationLedger ledger, SmsDispatcher dispatcher) {
        this.ledger = ledger;
        this.dispatcher = dispatcher;
    }

    @Override
    public void send(PhoneNumber phone, CodePurpose purpose, String code, Duration validity) {
        String eventId = UUID.randomUUID().toString();
        // the code is sealed in the ledger: opened only to compose the SMS, dropped once it is sent
        Map<String, String> params = Map.of(NotificationLedger.SEALED + "code", ledger.seal(code), "minutes", String.valueOf(Math.max(1, validity.toMinutes())),
                "purpose", purposeText(purpose));
        ledger.recordSms(eventId, KIND, new SmsMessage(eventId, phone, SmsTemplate.VERIFICATION_CODE, params), NotificationLedger.PRIORITY_URGENT);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake();
                }
            });
        } else {
            dispatcher.wake();
        }
    }

    private static String purposeText(CodePurpose purpose) {
        return switch (purpose) {
            case SIGN_IN -> "登录";
            case PASSWORD_RESET -> "重置密码";
            case SECOND_FACTOR -> "登录身份验证";
            case PHONE_CHANGE -> "更换手机号";
        };
    }
}
