package cn.gkgateway.notification;

/**
 * Port to the SMS provider. {@link SmsMessage#requestId()} is the idempotency key: the provider
 * must accept a repeated key at most once and answer it with the same message id.
 */
public interface SmsGateway {

    /**
     * @return the provider's id for the accepted message
     * @throws SmsSendFailure when the message was not (or maybe not) accepted; its kind says why
     */
    String send(SmsMessage message);
}
