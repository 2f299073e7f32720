package cn.gkgateway.web.roster;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progress of running exports, by a token the console makes up and polls while the download
 * streams. A token belongs to the account that started the export; entries expire after an hour.
 */
@Component
class ExportProgress {

    private static final Duration KEEP = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 1000;

    record State(long accountId, long total, long written, boolean finished, Instant startedAt) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();
    private final Clock clock;

    ExportProgress(Clock clock) {
        this.clock = clock;
    }

    void start(String token, long accountId, long total) {
        Instant now = clock.instant();
        states.values().removeIf(state -> state.startedAt().plus(KEEP).isBefore(now));
        if (token != null && states.size() < MAX_ENTRIES) {
            states.put(token, new State(accountId, total, 0, false, now));
        }
    }

    void advance(String token, long written, boolean finished) {
        if (token != null) {
            states.computeIfPresent(token, (key, state) ->
                    new State(state.accountId(), state.total(), written, finished, state.startedAt()));
        }
    }

    Optional<State> of(String token, long accountId) {
        return Optional.ofNullable(states.get(token)).filter(state -> state.accountId() == accountId);
    }
}
