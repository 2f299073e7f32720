package cn.gkgateway.security.verification;

import cn.gkgateway.identity.SecondFactorPolicy;
import cn.gkgateway.identity.VerificationSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's verification-code rules and second-factor roles, from {@link VerificationProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(VerificationProperties.class)
class VerificationConfiguration {

    @Bean
    VerificationSettings verificationSettings(VerificationProperties properties) {
        return new VerificationSettings(properties.codeValidity(), properties.maxFailures(), properties.perMinute(), properties.perHour());
    }

    @Bean
    SecondFactorPolicy secondFactorPolicy(VerificationProperties properties) {
        return new SecondFactorPolicy(properties.secondFactorRoles());
    }
}
