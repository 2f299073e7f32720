package cn.gkgateway.routes.photos;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;

/**
 * The photo pipeline: {@value #ENDPOINT} → a pool of {@code gk.materials.photo-threads} threads
 * (default 2: one 12 MP photo decoded takes ~36 MB and most of a core) → {@link PhotoRenderer}.
 * Callers wait for their photo (request-reply); at most {@code gk.materials.photo-queue} more wait
 * in line (default 32), beyond that the upload is refused for now (UPLOAD_BUSY, 503; never run in the
 * caller's thread, which would break the bound). So however many
 * uploads arrive, no more than the pool's size of photos are decoded at once. No redelivery: a photo
 * that fails to decode fails the same way again.
 */
@Component
public class PhotoPipelineRoute extends RouteBuilder {

    public static final String ENDPOINT = "direct:photo-pipeline";
    public static final String ROUTE_ID = "photo-pipeline";

    private final PhotoRenderer renderer;
    private final int threads;
    private final int queue;

    public PhotoPipelineRoute(PhotoRenderer renderer, @Value("${gk.materials.photo-threads:2}") int threads,
                              @Value("${gk.materials.photo-queue:32}") int queue) {
        this.renderer = renderer;
        this.threads = threads;
        this.queue = queue;
    }

    @Override
    public void configure() {
        ThreadPoolProfile profile = new ThreadPoolProfile(ROUTE_ID);
        profile.setPoolSize(threads);
        profile.setMaxPoolSize(threads);
        profile.setMaxQueueSize(queue);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        ExecutorService pool = getContext().getExecutorServiceManager().newThreadPool(this, ROUTE_ID, profile);

        from(ENDPOINT).routeId(ROUTE_ID)
                .errorHandler(noErrorHandler())
                .threads().executorService(pool).callerRunsWhenRejected(false)
                .process(exchange -> exchange.getMessage().setBody(renderer.render(exchange.getMessage().getBody(byte[].class))));
    }
}
