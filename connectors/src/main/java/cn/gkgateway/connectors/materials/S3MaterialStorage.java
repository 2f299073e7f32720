package cn.gkgateway.connectors.materials;

import cn.gkgateway.evidence.MaterialStorage;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

import java.io.InputStream;
import java.util.Optional;

/**
 * Materials in an S3-compatible object store (AWS S3, MinIO, Ceph RGW, OSS/COS in S3 mode …), for
 * several gateway nodes sharing one store. Objects are named {@code <prefix><key>}; the bucket must
 * not be public (the gateway serves the files, after its own authorisation). Stored bytes are the
 * sealed (encrypted) copies, so the store never sees personal data in the clear.
 */
public class S3MaterialStorage implements MaterialStorage {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    public S3MaterialStorage(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
    }

    @Override
    public void put(String key, byte[] content, String mediaType) {
        MaterialStorage.requireKey(key);
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(prefix + key).contentType("application/octet-stream")
                .contentLength((long) content.length).build(), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<InputStream> open(String key) {
        if (!MaterialStorage.isKey(key)) {
            return Optional.empty();
        }
        try {
            return Optional.of(s3.getObject(GetObjectRequest.builder().bucket(bucket).key(prefix + key).build()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        if (!MaterialStorage.isKey(key)) {
            return;
        }
        s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(prefix + key).build());
    }
}
