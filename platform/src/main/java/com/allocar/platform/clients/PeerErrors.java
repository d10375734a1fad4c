package com.allocar.platform.clients;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import feign.Response;
import feign.codec.ErrorDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A peer's error answer, as our caller sees it. A refusal in the fleet's envelope (not_found, booking_conflict
 * {available, requested}, insufficient_funds, forbidden "a driver cannot book their own trip"…) becomes the same
 * {@link ApiException} here; a refusal of our service token (auth_required) is a bug of ours, 502; the peer's 503 or a
 * gateway's 502/504 is the peer being away, 503; any other 5xx or an answer we cannot read is 502 {@code bad_gateway}.
 * {@code forbidden} passes through: our token is accepted, the peer refuses the member's action on its own rule.
 */
public class PeerErrors implements ErrorDecoder {

    private static final Logger log = LoggerFactory.getLogger(PeerErrors.class);

    private final JsonMapper json;

    public PeerErrors(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        String peer = response.request().requestTemplate().feignTarget().name();
        int status = response.status();
        if (status == 502 || status == 503 || status == 504) {
            return new PeerUnavailable(peer);
        }
        Optional<JsonNode> error = read(response).map(n -> n.path("error")).filter(JsonNode::isObject);
        Optional<ErrorCode> code = error.flatMap(e -> ErrorCode.of(e.path("code").asString("")));
        if (status >= 500 || code.isEmpty()) {
            log.warn("{} answered {} to {} without a readable error", peer, status, methodKey);
            return new ApiException(ErrorCode.BAD_GATEWAY, peer + " failed (" + status + ")");
        }
        if (code.get() == ErrorCode.AUTH_REQUIRED) {
            log.error("{} refused our service token on {}: {}", peer, methodKey, error.get());
            return new ApiException(ErrorCode.BAD_GATEWAY, peer + " refused the call");
        }
        JsonNode details = error.get().path("details");
        @SuppressWarnings("unchecked")
        Map<String, Object> map = details.isObject() ? json.convertValue(details, Map.class) : Map.of();
        return new ApiException(code.get(), error.get().path("message").asString(code.get().code()), map);
    }

    private Optional<JsonNode> read(Response response) {
        if (response.body() == null) {
            return Optional.empty();
        }
        try (InputStream in = response.body().asInputStream()) {
            return Optional.of(json.readTree(in));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
