package cn.gkgateway.materials;

import cn.gkgateway.connectors.materials.MaterialStorageConfiguration;
import cn.gkgateway.connectors.materials.S3MaterialStorage;
import cn.gkgateway.evidence.MaterialIntake;
import cn.gkgateway.evidence.MaterialKind;
import cn.gkgateway.evidence.StoredMaterial;
import cn.gkgateway.routes.photos.PhotoRenderer;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.support.MutableClock;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Materials in an S3-compatible object store: s3proxy (a real S3 HTTP endpoint, in-memory blobs)
 * on loopback, reached with the gateway's own AWS SDK v2 client set-up. Two "nodes" (two intakes
 * with their own clients) share the store: what one stores, the other reads.
 */
class S3MaterialStorageIT {

    private static final String BUCKET = "gk-materials";
    private static final String PREFIX = "materials/";
    private static S3Proxy proxy;
    private static BlobStoreContext blobs;
    private static String endpoint;

    @BeforeAll
    static void startS3() throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("gk-access", "gk-secret").build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "gk-access", "gk-secret").build();
        proxy.start();
        long deadline = System.currentTimeMillis() + 30_000;
        while (!"STARTED".equals(proxy.getState()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
        endpoint = "http://127.0.0.1:" + proxy.getPort();
        try (S3Client admin = client()) {
            admin.createBucket(b -> b.bucket(BUCKET));
        }
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (proxy != null) {
            proxy.stop();
        }
        if (blobs != null) {
            blobs.close();
        }
    }

    static S3Client client() {
        return MaterialStorageConfiguration.s3Client(endpoint, "us-east-1", "gk-access", "gk-secret", true);
    }

    static MaterialIntake node(S3Client s3) {
        return new MaterialIntake(new S3MaterialStorage(s3, BUCKET, PREFIX), new PhotoRenderer()::render, MaterialIntakeTest.protector(),
                new MutableClock(ZoneId.of("Asia/Shanghai")), 10 * 1024 * 1024, 50_000_000, 12_000);
    }

    @Test
    void oneNodeStoresSealedCopiesAnotherReadsThemAndDiscardRemovesThem() {
        try (S3Client s3a = client(); S3Client s3b = client(); S3Client admin = client()) {
            MaterialIntake nodeA = node(s3a);
            MaterialIntake nodeB = node(s3b);
            StoredMaterial photo = nodeA.accept(new ByteArrayInputStream(CraftedFiles.phonePhoto(CraftedFiles.redCornerOnBlue(400, 300), 6)),
                    "身份证.jpg", MaterialKind.PHOTO);

            List<String> keys = objects(admin);
            assertThat(keys).containsExactlyInAnyOrder(PREFIX + photo.originalKey(), PREFIX + photo.displayKey(), PREFIX + photo.thumbnailKey());
            assertThat(keys).allMatch(key -> key.matches("materials/2026/06/15/[0-9a-f]{32}-[odt]"));
            ResponseBytes<GetObjectResponse> raw = admin.getObjectAsBytes(b -> b.bucket(BUCKET).key(PREFIX + photo.originalKey()));
            assertThat(raw.asByteArray()[0] & 0xFF).as("sealed at rest, not a JPEG").isNotEqualTo(0xFF);

            byte[] full = nodeB.read(photo.originalKey()).orElseThrow();
            assertThat(full[0] & 0xFF).isEqualTo(0xFF);
            assertThat(full[1] & 0xFF).isEqualTo(0xD8);
            assertThat(CraftedFiles.contains(full, CraftedFiles.ascii(CraftedFiles.SECRET))).isFalse();

            assertThatThrownBy(() -> nodeA.accept(new ByteArrayInputStream(CraftedFiles.ascii("<svg onload=alert(1)>")), "x.png", MaterialKind.PHOTO))
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FILE_TYPE_MISMATCH"));
            assertThat(objects(admin)).hasSize(3);

            nodeB.discard(photo);
            assertThat(objects(admin)).isEmpty();
            assertThat(nodeA.read(photo.originalKey())).isEmpty();
            assertThat(nodeA.read("../../etc/passwd")).isEmpty();
        }
    }

    @Test
    void aThesisIsStoredAsItCame() {
        try (S3Client s3 = client()) {
            MaterialIntake intake = node(s3);
            byte[] docx = CraftedFiles.docx();
            StoredMaterial thesis = intake.accept(new ByteArrayInputStream(docx), "论文.docx", MaterialKind.DOCUMENT);
            assertThat(intake.read(thesis.originalKey())).contains(docx);
            intake.discard(thesis);
        }
    }

    private static List<String> objects(S3Client s3) {
        return s3.listObjectsV2(b -> b.bucket(BUCKET).prefix(PREFIX)).contents().stream().map(S3Object::key).toList();
    }
}
