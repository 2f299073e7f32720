package cn.gkgateway.support;

import cn.gkgateway.config.DomainConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts the {@link MutableClock} in place of the system clock for every bean that reads the time. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(DomainConfiguration.ZONE);
    }
}
