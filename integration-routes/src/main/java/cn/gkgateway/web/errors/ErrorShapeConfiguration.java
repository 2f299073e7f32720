package cn.gkgateway.web.errors;

import cn.gkgateway.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** The error shape where Spring MVC is not involved: the security firewall and the request limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebLimitsProperties.class)
class ErrorShapeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ErrorShapeConfiguration.class);

    /** A URL the firewall refuses ({@code //api/…}, encoded slashes, {@code ..}) is a 400 in JSON, not the container's 500 page. */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, e) -> {
            log.info("request rejected by the firewall: {}", e.getMessage());
            ErrorResponses.write(response, json, HttpServletResponse.SC_BAD_REQUEST,
                    ApiError.of("REQUEST_REJECTED", "请求地址不规范（如含有连续的斜杠“//”），请检查后重试"));
        };
    }
}
