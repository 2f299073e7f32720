package cn.gkgateway.web.errors;

import cn.gkgateway.web.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Caps JSON request bodies before anything parses them (and before sign-in runs): a declared
 * {@code Content-Length} above the cap is answered 413 at once without reading the body; a
 * body without a length (chunked) is counted as it streams and reading stops at the cap with a
 * {@link BodyTooLargeException}, which the API answers 413. Multipart and binary uploads are
 * left to their own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final WebLimitsProperties limits;
    private final ObjectMapper json;

    RequestBodyLimitFilter(WebLimitsProperties limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!capped(request.getContentType())) {
            chain.doFilter(request, response);
            return;
        }
        long max = limits.maxJsonBody().toBytes();
        if (request.getContentLengthLong() > max) {
            response.setHeader("Connection", "close");
            ErrorResponses.write(response, json, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(max));
            return;
        }
        chain.doFilter(new Counted(request, max), response);
    }

    public static ApiError tooLarge(long max) {
        return ApiError.of("PAYLOAD_TOO_LARGE", "提交的内容过大（不能超过" + Math.max(1, max / 1024) + "KB），请精简后重新提交");
    }

    /** JSON, text and form bodies, and bodies that say nothing of their type. */
    private static boolean capped(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.toLowerCase(java.util.Locale.ROOT);
        return type.contains("json") || type.startsWith("text/") || type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("application/xml");
    }

    /** Thrown when a streamed body passes the cap; the API answers it with 413. */
    public static final class BodyTooLargeException extends IOException {

        private final long max;

        BodyTooLargeException(long max) {
            super("request body larger than " + max + " bytes");
            this.max = max;
        }

        public long max() {
            return max;
        }
    }

    private static final class Counted extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Counted(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long max;
        private long count;

        CountingStream(ServletInputStream delegate, long max) {
            this.delegate = delegate;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws IOException {
            count += n;
            if (count > max) {
                throw new BodyTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
