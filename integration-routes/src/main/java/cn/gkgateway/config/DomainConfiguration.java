package cn.gkgateway.config;

import cn.gkgateway.identity.PersonalDataProtector;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;

/** What the domain needs from its surroundings: a clock, a password hasher and the personal-data keys. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GatewayProperties.class)
public class DomainConfiguration {

    /** The one time zone of the gateway's dates (windows, deadlines, birth dates), whatever the machine's zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The one clock everything reads "now" from (tests replace it with a fixed, settable one). */
    @Bean
    Clock clock() {
        return Clock.system(ZONE);
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
