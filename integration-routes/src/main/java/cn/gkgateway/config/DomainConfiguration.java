package cn.gkgateway.config;

import cn.gkgateway.identity.PersonalDataProtector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.util.Base64;

/** What the domain needs from its surroundings: a clock, a password hasher and the personal-data keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
class DomainConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    PersonalDataProtector personalDataProtector(GatewayProperties properties) {
        var keys = properties.personalData();
        return new PersonalDataProtector(Base64.getDecoder().decode(keys.encryptionKey()), Base64.getDecoder().decode(keys.hashKey()));
    }
}
