package cn.gkgateway.routes;

import cn.gkgateway.identity.SignInStatePurge;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Once an hour (the first a minute after start) deletes sign-in state that decides nothing any more
 * ({@link SignInStatePurge}). Every instance runs it; the deletes are set-based and idempotent, so
 * two instances at once delete each row once and otherwise find nothing to do.
 */
@Component
public class SignInStatePurgeRoute extends RouteBuilder {

    public static final String ROUTE_ID = "sign-in-state-purge";
    private static final Logger log = LoggerFactory.getLogger(SignInStatePurgeRoute.class);

    private final SignInStatePurge purge;

    public SignInStatePurgeRoute(SignInStatePurge purge) {
        this.purge = purge;
    }

    @Override
    public void configure() {
        from("timer:sign-in-state-purge?delay=60000&period=3600000").routeId(ROUTE_ID)
                .errorHandler(noErrorHandler())
                .process(exchange -> {
                    try {
                        SignInStatePurge.Purged purged = purge.purge();
                        if (purged.total() > 0) {
                            log.info("purged sign-in state: {} unknown-name counters, {} expired codes, {} old code requests, {} expired tickets",
                                    purged.throttles(), purged.codes(), purged.codeRequests(), purged.tickets());
                        }
                    } catch (RuntimeException e) {
                        // tried again at the next period
                        log.warn("sign-in state purge failed: {}", e.getMessage());
                    }
                });
    }
}
