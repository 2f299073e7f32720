package cn.gkgateway.connectors.materials;

import cn.gkgateway.evidence.MaterialStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where materials are stored: {@code gk.materials.storage=filesystem} (default; under
 * {@code gk.materials.directory}, default ./data/materials) or {@code s3} (an S3-compatible store:
 * {@code gk.materials.s3.endpoint}, {@code .region}, {@code .bucket}, {@code .prefix},
 * {@code .access-key}/{@code .secret-key} — else the SDK's default credentials chain —
 * and {@code .path-style}, default true as most S3-compatible servers need it).
 */
@Configuration(proxyBeanMethods = false)
public class MaterialStorageConfiguration {

    @Bean
    @ConditionalOnMissingBean(MaterialStorage.class)
    MaterialStorage materialStorage(@Value("${gk.materials.storage:filesystem}") String kind,
                                    @Value("${gk.materials.directory:./data/materials}") String directory,
                                    @Value("${gk.materials.s3.endpoint:}") String endpoint,
                                    @Value("${gk.materials.s3.region:us-east-1}") String region,
                                    @Value("${gk.materials.s3.bucket:}") String bucket,
                                    @Value("${gk.materials.s3.prefix:materials/}") String prefix,
                                    @Value("${gk.materials.s3.access-key:}") String accessKey,
                                    @Value("${gk.materials.s3.secret-key:}") String secretKey,
                                    @Value("${gk.materials.s3.path-style:true}") boolean pathStyle) {
        return switch (kind) {
            case "filesystem" -> new FileSystemMaterialStorage(Path.of(directory));
            case "s3" -> {
                if (bucket.isBlank()) {
                    throw new IllegalStateException("gk.materials.storage=s3 needs gk.materials.s3.bucket");
                }
                yield new S3MaterialStorage(s3Client(endpoint, region, accessKey, secretKey, pathStyle), bucket, prefix);
            }
            default -> throw new IllegalStateException("gk.materials.storage must be filesystem or s3, not " + kind);
        };
    }

    public static S3Client s3Client(String endpoint, String region, String accessKey, String secretKey, boolean pathStyle) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(pathStyle).build())
                // checksums only where S3 requires them: many S3-compatible servers do not know the newer trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        builder.credentialsProvider(accessKey == null || accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        return builder.build();
    }
}
