package cn.gkgateway.messaging;

import org.slf4j.Logger;

/**
 * Logs a failing dependency once when it goes down and once when it comes back, instead of
 * a stack trace on every poll.
 */
final class StateLog {

    private final Logger log;
    private final String what;
    private volatile String downReason;
    private volatile long downSince;

    StateLog(Logger log, String what) {
        this.log = log;
        this.what = what;
    }

    void failed(Exception e) {
        if (downReason == null) {
            downReason = e.getClass().getSimpleName() + ": " + e.getMessage();
            downSince = System.nanoTime();
            log.warn("{} is failing, retrying quietly until it recovers: {}", what, downReason);
        } else {
            log.debug("{} still failing", what, e);
        }
    }

    void ok() {
        if (downReason != null) {
            log.info("{} works again after {} s (was: {})", what, Math.max(0, (System.nanoTime() - downSince) / 1_000_000_000L), downReason);
            downReason = null;
        }
    }

    String downReason() {
        return downReason;
    }
}
