package cn.gkgateway.notification;

import java.util.concurrent.CompletableFuture;

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

    /**
     * Sends without holding the caller's thread while the provider answers: the dispatcher keeps
     * many requests in flight this way. Completes with the provider's message id, or exceptionally
     * with an {@link SmsSendFailure}. The default runs {@link #send} on a thread of its own (one
     * per request in flight); a connector with an asynchronous client should override it.
     */
    default CompletableFuture<String> sendAsync(SmsMessage message) {
        return CompletableFuture.supplyAsync(() -> send(message), BlockingSends.THREADS);
    }
}
