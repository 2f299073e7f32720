package cn.gkgateway.connectors.govlogin;

/** Faults a test can switch on in the stand-in. */
class StandInSwitches {

    volatile boolean unavailable;
    /** Every answer waits this long first (a slow provider). */
    volatile long delayMillis;
    /** ID tokens carry a nonce other than the one the client sent. */
    volatile boolean wrongNonce;
    /** ID tokens are issued for another client (audience). */
    volatile boolean foreignAudience;
}
