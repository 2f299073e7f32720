package cn.gkgateway.rosterimport;

import cn.gkgateway.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChunkHandoffTest {

    @Test
    void everyChunkArrivesInOrderOnTheCallingThread() {
        List<Integer> received = new ArrayList<>();
        AtomicReference<Thread> producerThread = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        ChunkHandoff.<Integer>run("test-reader", sink -> {
            producerThread.set(Thread.currentThread());
            for (int i = 0; i < 1000; i++) {
                sink.accept(i);
            }
        }, chunk -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            received.add(chunk);
        });
        assertThat(received).hasSize(1000);
        for (int i = 0; i < 1000; i++) {
            assertThat(received.get(i)).isEqualTo(i);
        }
        assertThat(producerThread.get()).isNotSameAs(caller);
        assertThat(producerThread.get().isAlive()).isFalse();
    }

    @Test
    void theReadersRefusalIsRethrownHereAfterTheChunksBeforeIt() {
        List<Integer> received = new ArrayList<>();
        assertThatThrownBy(() -> ChunkHandoff.<Integer>run("test-reader", sink -> {
            sink.accept(1);
            sink.accept(2);
            throw DomainException.invalid("TOO_MANY_ROWS", "file", "一次最多导入2行人员，请分批导入");
        }, received::add)).isInstanceOf(DomainException.class).hasMessageContaining("一次最多导入2行");
        assertThat(received).containsExactly(1, 2);
    }

    @Test
    void aFailureHereStopsTheReaderAndWaitsForIt() {
        AtomicInteger produced = new AtomicInteger();
        AtomicReference<Thread> producerThread = new AtomicReference<>();
        assertThatThrownBy(() -> ChunkHandoff.<Integer>run("test-reader", sink -> {
            producerThread.set(Thread.currentThread());
            for (int i = 0; i < 1_000_000; i++) {
                sink.accept(i);
                produced.incrementAndGet();
            }
        }, chunk -> {
            if (chunk == 3) {
                throw new IllegalStateException("insert failed");
            }
        })).isInstanceOf(IllegalStateException.class).hasMessage("insert failed");
        assertThat(producerThread.get().isAlive()).isFalse();
        assertThat(produced.get()).isLessThan(1000);
    }
}
