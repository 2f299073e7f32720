package cn.gkgateway.notification;

import cn.gkgateway.identity.PhoneNumber;

import java.util.Map;

/**
 * A text message ready to send. {@code requestId} is stable for the event that caused it, so
 * the gateway and our own consumers can recognise a repeat.
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
