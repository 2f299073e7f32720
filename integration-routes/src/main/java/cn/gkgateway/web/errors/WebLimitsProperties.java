package cn.gkgateway.web.errors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what a request may bring.
 *
 * @param maxJsonBody the largest JSON (or text or form) request body accepted; larger ones are answered 413 unread
 */
@ConfigurationProperties("gk.web")
public record WebLimitsProperties(DataSize maxJsonBody) {

    public WebLimitsProperties {
        if (maxJsonBody == null) {
            maxJsonBody = DataSize.ofMegabytes(1);
        }
    }
}
