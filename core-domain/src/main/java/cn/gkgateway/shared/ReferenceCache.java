package cn.gkgateway.shared;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A read-through cache of reference data that barely changes (plans with their windows and rules, organisations,
 * review chains, material slot configuration), so that a submission does not read them again each time.
 * Staleness is bounded twice: an entry lives at most {@code ttl} ({@code gk.reference-data.ttl}, 5 s by default),
 * which bounds what another instance changed; and a change written through JPA on this instance (an entity that
 * registers {@link Changes} as its listener) drops every entry at once and again after its commit. A ttl of zero
 * turns caching off. At most {@code maxEntries} entries; when full, the cache starts over.
 */
public final class ReferenceCache<K, V> {

    private static final AtomicLong GENERATION = new AtomicLong();

    private record Entry<V>(V value, long loadedAt, long generation) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    private final long ttlNanos;
    private final int maxEntries;

    public ReferenceCache(Duration ttl, int maxEntries) {
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
    }

    /** The cached value of {@code key}, loaded (and kept) when absent, older than the ttl or older than a change. */
    public V get(K key, Function<K, V> loader) {
        if (ttlNanos <= 0) {
            return loader.apply(key);
        }
        long now = System.nanoTime();
        long generation = GENERATION.get();
        Entry<V> entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < ttlNanos && entry.generation() == generation) {
            return entry.value();
        }
        V value = loader.apply(key);
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now, generation));
        return value;
    }

    /** Drops every entry of every reference cache in this process (now, and once more after the current commit). */
    public static void changed() {
        GENERATION.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    GENERATION.incrementAndGet();
                }
            });
        }
    }

    /** JPA entity listener of cached reference entities: any write of one drops the caches. */
    public static class Changes {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object entity) {
            ReferenceCache.changed();
        }
    }
}
