package cn.gkgateway.connectors.sms;

import cn.gkgateway.notification.SmsSendFailure;

/** The gateway refused, could not be reached or did not answer in time; {@link #kind()} says what that means. */
public class SmsGatewayException extends SmsSendFailure {

    public SmsGatewayException(String message, Kind kind, Throwable cause) {
        super(message, kind, cause);
    }

    /** Whether trying again (with the same request id) may help. */
    public boolean retryable() {
        return kind() != Kind.REFUSED;
    }
}
