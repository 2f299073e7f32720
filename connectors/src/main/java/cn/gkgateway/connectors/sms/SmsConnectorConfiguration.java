package cn.gkgateway.connectors.sms;

import cn.gkgateway.notification.SmsGateway;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.Clock;

/** The SMS gateway client, pointed at the configured gateway or, when enabled, at the local stand-in. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SmsGatewayProperties.class)
public class SmsConnectorConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "gk.connectors.sms.stand-in.enabled", havingValue = "true")
    SmsGatewayStandIn smsGatewayStandIn(SmsGatewayProperties properties, ObjectMapper json) throws IOException {
        SmsGatewayStandIn standIn = new SmsGatewayStandIn(properties.standIn().port(), properties.appKey(), properties.appSecret(), json);
        standIn.answerDelay(properties.standIn().answerDelay());
        return standIn;
    }

    @Bean
    SmsGateway smsGateway(SmsGatewayProperties properties, ObjectProvider<SmsGatewayStandIn> standIn, ObjectMapper json, Clock clock) {
        String baseUrl = properties.baseUrl() != null && !properties.baseUrl().isBlank()
                ? properties.baseUrl()
                : standIn.getIfAvailable(() -> {
                    throw new IllegalStateException("gk.connectors.sms.base-url is not set and the stand-in is disabled");
                }).baseUrl();
        return new HttpSmsGateway(baseUrl, properties, json, clock);
    }
}
