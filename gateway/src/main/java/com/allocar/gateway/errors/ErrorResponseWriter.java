package com.allocar.gateway.errors;

import java.util.Map;

import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.api.ErrorEnvelope;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** Writes the spec's error envelope {@code {"error": {"code", "message", "details"}}} for answers the gateway gives itself. */
@Component
public class ErrorResponseWriter {

    private final JsonMapper json;

    public ErrorResponseWriter(JsonMapper json) {
        this.json = json;
    }

    public Mono<Void> write(ServerWebExchange exchange, ErrorCode code, String message) {
        return write(exchange, code, message, Map.of());
    }

    public Mono<Void> write(ServerWebExchange exchange, ErrorCode code, String message, Map<String, Object> details) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = json.writeValueAsBytes(ErrorEnvelope.of(code, message, details));
        response.setStatusCode(HttpStatus.valueOf(code.status()));
        HttpHeaders headers = response.getHeaders();
        // Anything a failed upstream answer may have left describes a body we are not sending.
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setContentLength(body.length);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
