package cn.gkgateway.web.material;

import cn.gkgateway.config.MaterialProperties;
import cn.gkgateway.material.Material;
import cn.gkgateway.material.Materials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.domain.Limit;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live updates of declaration materials for open PC pages, as server-sent events. Each gateway instance
 * holds its own SSE connections and reads new materials from the shared database (one indexed query per
 * poll interval, only while it holds a connection), so an upload through any instance reaches the page on
 * whichever instance it is connected to. The database is the one place every upload is written anyway: no
 * broker topic has to be up, and nothing is lost while one is down. Rows are read slightly behind the
 * newest id seen (a transaction that took an id earlier may commit later) and delivered once each.
 */
@Component
class MaterialEventHub implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(MaterialEventHub.class);
    private static final long LOOKBACK = 20;
    private static final int SEEN_LIMIT = 2_000;
    private static final long EMITTER_TIMEOUT = Duration.ofMinutes(30).toMillis();
    private static final long HEARTBEAT_MILLIS = Duration.ofSeconds(15).toMillis();

    /** What a page receives: which declaration, which slot and which file changed. */
    record MaterialEvent(long declarationId, String slotCode, String materialId) {
    }

    private final Materials materials;
    private final Map<Long, Set<SseEmitter>> emitters = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "material-events");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Long> seen = new HashSet<>();
    private final Deque<Long> seenOrder = new ArrayDeque<>();
    private volatile long newestId = -1;
    private long lastHeartbeat = System.currentTimeMillis();

    MaterialEventHub(Materials materials, MaterialProperties properties) {
        this.materials = materials;
        long interval = properties.livePollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** A new SSE connection for a declaration the caller may see (the controller has checked that). */
    SseEmitter subscribe(long declarationId) throws IOException {
        SseEmitter emitter = new SseEmitter(EMITTER_TIMEOUT);
        Set<SseEmitter> forDeclaration;
        synchronized (this) {
            if (newestId < 0) {
                newestId = materials.findTopByOrderByIdDesc().map(Material::getId).orElse(0L);
            }
            forDeclaration = emitters.computeIfAbsent(declarationId, id -> new CopyOnWriteArraySet<>());
            forDeclaration.add(emitter);
        }
        Runnable remove = () -> forDeclaration.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        emitter.send(SseEmitter.event().name("ready").data("{}", MediaType.APPLICATION_JSON));
        return emitter;
    }

    int connections() {
        return emitters.values().stream().mapToInt(Set::size).sum();
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("material live-update poll failed: {}", e.toString());
        }
    }

    private void poll() {
        synchronized (this) {
            emitters.values().removeIf(Set::isEmpty);
            if (emitters.isEmpty()) {
                // nobody listens: stop reading; the next page to connect starts from the newest row again
                newestId = -1;
                return;
            }
        }
        List<Material> fresh = materials.findByIdGreaterThanOrderByIdAsc(Math.max(0, newestId - LOOKBACK), Limit.of(500));
        for (Material material : fresh) {
            newestId = Math.max(newestId, material.getId());
            if (!remember(material.getId())) {
                continue;
            }
            Set<SseEmitter> listening = emitters.get(material.getDeclarationId());
            if (listening != null) {
                MaterialEvent event = new MaterialEvent(material.getDeclarationId(), material.getSlotCode(), material.getPublicId());
                listening.forEach(emitter -> send(emitter, SseEmitter.event().name("material").data(event, MediaType.APPLICATION_JSON)));
            }
        }
        long now = System.currentTimeMillis();
        if (now - lastHeartbeat >= HEARTBEAT_MILLIS) {
            lastHeartbeat = now;
            emitters.values().forEach(set -> set.forEach(emitter -> send(emitter, SseEmitter.event().comment("keep-alive"))));
        }
    }

    /** Whether the id is new; remembers the last few thousand ids delivered. */
    private boolean remember(long id) {
        if (!seen.add(id)) {
            return false;
        }
        seenOrder.addLast(id);
        if (seenOrder.size() > SEEN_LIMIT) {
            seen.remove(seenOrder.removeFirst());
        }
        return true;
    }

    private static void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            emitter.completeWithError(e);
        }
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        emitters.values().forEach(set -> set.forEach(SseEmitter::complete));
    }
}
