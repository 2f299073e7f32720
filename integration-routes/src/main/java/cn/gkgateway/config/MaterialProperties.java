package cn.gkgateway.config;

import cn.gkgateway.material.MaterialSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/**
 * Settings of declaration material uploads ({@code gk.material-uploads}).
 *
 * @param scanTokenTtl      how long a QR-scan upload link lives (default 10 minutes)
 * @param maxFilesPerSlot   files one slot of one declaration takes
 * @param livePollInterval  how often each gateway instance looks for new materials to push to open PC pages
 * @param publicBaseUrl     the address phones reach the gateway at, for the QR link; empty: the address the PC used
 */
@ConfigurationProperties("gk.material-uploads")
public record MaterialProperties(Duration scanTokenTtl, Integer maxFilesPerSlot, Duration livePollInterval, String publicBaseUrl) {

    public MaterialProperties {
        scanTokenTtl = scanTokenTtl == null ? Duration.ofMinutes(10) : scanTokenTtl;
        maxFilesPerSlot = maxFilesPerSlot == null ? 20 : maxFilesPerSlot;
        livePollInterval = livePollInterval == null ? Duration.ofMillis(400) : livePollInterval;
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MaterialProperties.class)
    static class MaterialConfiguration {

        @Bean
        MaterialSettings materialSettings(MaterialProperties properties) {
            return new MaterialSettings(properties.scanTokenTtl(), properties.maxFilesPerSlot());
        }
    }
}
