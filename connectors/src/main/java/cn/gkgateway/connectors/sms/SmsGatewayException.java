package cn.gkgateway.connectors.sms;

/** The gateway refused or could not be reached; {@link #retryable()} tells whether trying again may help. */
public class SmsGatewayException extends RuntimeException {

    private final boolean retryable;

    public SmsGatewayException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
