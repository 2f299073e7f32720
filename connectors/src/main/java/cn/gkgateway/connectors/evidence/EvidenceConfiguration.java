package cn.gkgateway.connectors.evidence;

import cn.gkgateway.evidence.EvidenceStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

/** Evidence files on the local file system under {@code gk.evidence.directory} (default {@code ./data/evidence}). */
@Configuration(proxyBeanMethods = false)
public class EvidenceConfiguration {

    @Bean
    @ConditionalOnMissingBean(EvidenceStore.class)
    EvidenceStore evidenceStore(@Value("${gk.evidence.directory:./data/evidence}") String directory) {
        return new FileSystemEvidenceStore(Path.of(directory));
    }
}
