package cn.gkgateway.materials;

import cn.gkgateway.evidence.MaterialIntake;
import cn.gkgateway.evidence.MaterialKind;
import cn.gkgateway.evidence.StoredMaterial;
import cn.gkgateway.routes.photos.PhotoPipelineRoute;
import cn.gkgateway.routes.photos.PhotoRenderer;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.support.GatewayIntegrationTest;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The photo pipeline inside the running gateway: photos go through the Camel route, refusals come
 * back as the domain's own exceptions, and however many uploads arrive at once, no more photos are
 * decoded at the same time than the route's pool allows (gk.materials.photo-threads, 2).
 */
class PhotoPipelineIT extends GatewayIntegrationTest {

    @Autowired
    MaterialIntake intake;
    @Autowired
    PhotoRenderer renderer;
    @Autowired
    CamelContext camel;
    @Value("${gk.materials.photo-threads}")
    int photoThreads;

    @Test
    void manyUploadsAtOnceDecodeAtMostThePoolSizeOfPhotosAtATime() throws Exception {
        assertThat(camel.getRoute(PhotoPipelineRoute.ROUTE_ID)).isNotNull();
        byte[] photo = CraftedFiles.phonePhoto(CraftedFiles.gradient(2400, 1800), 6);
        ExecutorService uploaders = Executors.newFixedThreadPool(8);
        try {
            List<Future<StoredMaterial>> uploads = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                uploads.add(uploaders.submit(() -> intake.accept(new ByteArrayInputStream(photo), "IMG.jpg", MaterialKind.PHOTO)));
            }
            for (Future<StoredMaterial> upload : uploads) {
                StoredMaterial stored = upload.get(120, TimeUnit.SECONDS);
                assertThat(stored.width()).isEqualTo(1800);
                assertThat(stored.height()).isEqualTo(2400);
                byte[] full = intake.read(stored.originalKey()).orElseThrow();
                assertThat(CraftedFiles.contains(full, CraftedFiles.ascii(CraftedFiles.SECRET))).isFalse();
                intake.discard(stored);
                assertThat(intake.read(stored.thumbnailKey())).isEmpty();
            }
        } finally {
            uploaders.shutdownNow();
        }
        assertThat(photoThreads).isEqualTo(2);
        assertThat(renderer.peakConcurrency()).isBetween(1, photoThreads);
    }

    @Test
    void aRefusalInsideTheRouteReachesTheCallerAsItself() {
        byte[] photo = CraftedFiles.jpeg(CraftedFiles.gradient(600, 400));
        byte[] corrupt = photo.clone();
        for (int i = corrupt.length / 2; i < corrupt.length / 2 + 400; i++) {
            corrupt[i] = (byte) 0xFF;
        }
        assertThatThrownBy(() -> intake.accept(new ByteArrayInputStream(corrupt), "corrupt.jpg", MaterialKind.PHOTO))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("IMAGE_TRUNCATED"));
    }
}
