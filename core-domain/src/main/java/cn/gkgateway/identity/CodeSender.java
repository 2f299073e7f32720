package cn.gkgateway.identity;

import java.time.Duration;

/**
 * Port: delivers a verification code by SMS, ahead of ordinary notices. Implemented outside the
 * domain (through the notification ledger), so that identity does not depend on notification.
 */
public interface CodeSender {

    void send(PhoneNumber phone, CodePurpose purpose, String code, Duration validity);
}
