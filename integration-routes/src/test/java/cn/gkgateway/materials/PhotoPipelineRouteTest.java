package cn.gkgateway.materials;

import cn.gkgateway.evidence.PhotoProcessor;
import cn.gkgateway.routes.photos.CamelPhotoProcessor;
import cn.gkgateway.routes.photos.PhotoPipelineRoute;
import cn.gkgateway.routes.photos.PhotoRenderer;
import cn.gkgateway.shared.DomainException;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route's bound under overload: one pipeline thread and a queue of one — of eight photos sent at
 * once, one is decoded, one waits, the others are refused with UPLOAD_BUSY (503) instead of being
 * decoded in their callers' threads; never more than one decoded at a time.
 */
class PhotoPipelineRouteTest {

    @Test
    void beyondTheQueueUploadsAreRefusedAsBusyAndNeverDecodedInTheCallersThread() throws Exception {
        PhotoRenderer renderer = new PhotoRenderer();
        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new PhotoPipelineRoute(renderer, 1, 1));
            camel.start();
            PhotoProcessor processor = new CamelPhotoProcessor(camel.createProducerTemplate());
            byte[] photo = CraftedFiles.phonePhoto(CraftedFiles.gradient(4000, 3000), 6);
            ExecutorService callers = Executors.newFixedThreadPool(8);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                outcomes.add(callers.submit(() -> {
                    start.await();
                    try {
                        PhotoProcessor.ProcessedPhoto done = processor.process(photo);
                        return done.width() == 3000 && done.height() == 4000 ? "done" : "wrong size";
                    } catch (DomainException e) {
                        return e.code() + ":" + e.kind();
                    }
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(300, TimeUnit.SECONDS));
            }
            callers.shutdown();
            assertThat(results).contains("done", "UPLOAD_BUSY:UNAVAILABLE");
            assertThat(results).allMatch(r -> r.equals("done") || r.equals("UPLOAD_BUSY:UNAVAILABLE"));
            assertThat(results.stream().filter("done"::equals).count()).isBetween(2L, 7L);
            assertThat(renderer.peakConcurrency()).isEqualTo(1);
        }
    }
}
