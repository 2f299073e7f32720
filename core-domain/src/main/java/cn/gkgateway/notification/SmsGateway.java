package cn.gkgateway.notification;

/** Port to the SMS gateway. Implementations throw on any failure so that the caller can retry. */
public interface SmsGateway {

    /** @return the gateway's id for the accepted message */
    String send(SmsMessage message);
}
