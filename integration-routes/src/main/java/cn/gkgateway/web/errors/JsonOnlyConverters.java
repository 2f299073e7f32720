package cn.gkgateway.web.errors;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * The API answers JSON only (docs/api.md: {@code Accept: application/xml} gets 406 in JSON), whatever
 * libraries are on the class path: Spring Boot adds an XML converter as soon as
 * jackson-dataformat-xml is present (the S3 test server brings it into the tests), so it is removed.
 */
@Configuration(proxyBeanMethods = false)
public class JsonOnlyConverters implements WebMvcConfigurer {

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter.getClass().getSimpleName().equals("MappingJackson2XmlHttpMessageConverter"));
    }
}
