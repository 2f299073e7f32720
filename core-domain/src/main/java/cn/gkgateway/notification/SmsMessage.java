package cn.gkgateway.notification;

import cn.gkgateway.identity.PhoneNumber;

import java.util.Map;

/**
 * A text message ready to send. {@code requestId} is the idempotency key the provider sees: the
 * notification ledger's row id, the same on every attempt, so a repeat is recognised there.
 */
public record SmsMessage(String requestId, PhoneNumber phone, SmsTemplate template, Map<String, String> params) {

    /** The text as the recipient reads it. */
    public String content() {
        return template.render(params);
    }

    @Override
    public String toString() {
        return "SmsMessage[" + requestId + " to " + phone.masked() + " " + template.code() + "]";
    }
}
