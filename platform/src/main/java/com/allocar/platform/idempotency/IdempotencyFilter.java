package com.allocar.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.api.ErrorEnvelope;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.util.StreamUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The spec's {@code Idempotency-Key} for POSTs: same key + same request → the first answer
 * replayed; same key + another request → 409 {@code conflict}. Keys are scoped per user
 * (anonymous callers share one scope), kept 24 h. Server errors are not stored so they can be retried.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotencyStore store;
    private final JsonMapper json;

    public IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            reject(response, ErrorCode.VALIDATION_ERROR, "Idempotency-Key must be 1 to 255 characters",
                    Map.of("fields", java.util.List.of(Map.of("field", HEADER, "message", "1 to 255 characters"))));
            return;
        }
        byte[] body = StreamUtils.copyToByteArray(request.getInputStream());
        String scope = scope();
        String hash = hash(request, body);

        if (!store.claim(scope, key, hash)) {
            var stored = store.find(scope, key);
            if (stored.isEmpty()) { // purged between our two statements: treat as in flight, the client retries
                reject(response, ErrorCode.CONFLICT, "A request with this Idempotency-Key is in progress", Map.of("idempotency_key", key));
            } else if (!stored.get().requestHash().equals(hash)) {
                reject(response, ErrorCode.CONFLICT, "Idempotency-Key already used with a different request", Map.of("idempotency_key", key));
            } else if (!stored.get().completed()) {
                reject(response, ErrorCode.CONFLICT, "A request with this Idempotency-Key is in progress", Map.of("idempotency_key", key));
            } else {
                response.setStatus(stored.get().status());
                if (stored.get().contentType() != null) {
                    response.setContentType(stored.get().contentType());
                }
                response.setHeader(REPLAYED_HEADER, "true");
                if (stored.get().body() != null) {
                    response.getOutputStream().write(stored.get().body());
                }
            }
            return;
        }

        var wrapped = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(new BodyReplayingRequest(request, body), wrapped);
            if (wrapped.getStatus() < 500) {
                store.complete(scope, key, wrapped.getStatus(), wrapped.getContentType(), wrapped.getContentAsByteArray());
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(scope, key);
            }
            wrapped.copyBodyToResponse();
        }
    }

    private static String scope() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            return "user:" + jwt.getSubject();
        }
        return "anonymous";
    }

    private static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(request.getMethod().getBytes(StandardCharsets.UTF_8));
            md.update((byte) ' ');
            md.update(request.getRequestURI().getBytes(StandardCharsets.UTF_8));
            if (request.getQueryString() != null) {
                md.update(request.getQueryString().getBytes(StandardCharsets.UTF_8));
            }
            md.update((byte) '\n');
            md.update(body);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void reject(HttpServletResponse response, ErrorCode code, String message, Map<String, Object> details) throws IOException {
        response.setStatus(code.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ErrorEnvelope.of(code, message, details));
    }

    /** Lets the controller read a body this filter has already consumed to hash it. */
    private static final class BodyReplayingRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BodyReplayingRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
