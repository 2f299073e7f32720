package cn.gkgateway.connectors.sms;

import java.util.Map;

/** The gateway's JSON messages, as they travel. */
final class SmsWire {

    static final String PATH = "/sms/v1/messages";
    static final String HEADER_APP_KEY = "X-Sms-AppKey";
    static final String HEADER_TIMESTAMP = "X-Sms-Timestamp";
    static final String HEADER_SIGNATURE = "X-Sms-Signature";

    private SmsWire() {
    }

    /** POST body: one message to one phone with a registered template and its variables. */
    record SendRequest(String requestId, String phoneNumber, String signName, String templateCode,
                       Map<String, String> templateParam) {
    }

    /** {@code code} is "OK" when accepted; anything else names the refusal. */
    record SendResponse(String code, String message, String bizId) {
    }
}
