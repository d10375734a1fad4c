package com.allocar.wallet.topup;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.wallet.config.WalletProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * payment-service's {@code POST /internal/topups} (ADR 006), idempotent on {@code topup_id} there, so a retry is safe.
 * A client mistake payment-service reports (validation_error, payment_failed) reaches the user as is; anything else of
 * theirs is a 502 bad_gateway, a timeout a 504.
 */
@Component
public class PaymentServiceClient {

    private static final Logger log = LoggerFactory.getLogger(PaymentServiceClient.class);

    /** What payment-service answers: where the user goes to pay. */
    public record TopupIntent(UUID paymentId, String provider, String checkoutUrl, JsonNode providerPayload) {
    }

    private final HttpClient http;
    private final JsonMapper json;
    private final WalletProperties.PaymentService config;
    private final ServiceTokens tokens;

    PaymentServiceClient(JsonMapper json, WalletProperties props, ServiceTokens tokens) {
        this.json = json;
        this.config = props.paymentService();
        this.tokens = tokens;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    public TopupIntent createTopup(UUID topupId, UUID userId, BigDecimal amount, String currency, TopupMethod method, String msisdn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("topup_id", topupId);
        body.put("user_id", userId);
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("method", method.wire());
        if (msisdn != null) {
            body.put("msisdn", msisdn);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.url() + "/internal/topups"))
                .timeout(config.readTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header(ServiceTokens.HEADER, tokens.tokenFor(FleetService.PAYMENT))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ApiException(ErrorCode.GATEWAY_TIMEOUT, "The payment service did not answer in time");
        } catch (IOException e) {
            log.warn("payment-service unreachable: {}", e.toString());
            throw new ApiException(ErrorCode.BAD_GATEWAY, "The payment service is unavailable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Interrupted");
        }
        JsonNode answer = readOrNull(response.body());
        if (response.statusCode() == 200 || response.statusCode() == 201) {
            JsonNode data = answer == null ? null : answer.path("data");
            if (data == null || !data.hasNonNull("payment_id")) {
                throw new ApiException(ErrorCode.BAD_GATEWAY, "The payment service answered without a payment");
            }
            return new TopupIntent(UUID.fromString(data.path("payment_id").asString()), data.path("provider").asString(null),
                    data.path("checkout_url").asString(null), data.path("provider_payload").isMissingNode() ? null : data.path("provider_payload"));
        }
        String code = answer == null ? "" : answer.path("error").path("code").asString("");
        if (code.equals("validation_error") || code.equals("payment_failed")) {
            Map<String, Object> details = json.convertValue(answer.path("error").path("details"), Map.class);
            throw new ApiException(code.equals("payment_failed") ? ErrorCode.PAYMENT_FAILED : ErrorCode.VALIDATION_ERROR,
                    answer.path("error").path("message").asString("Rejected by the payment service"), details);
        }
        log.warn("payment-service refused topup {}: {} {}", topupId, response.statusCode(), response.body());
        throw new ApiException(ErrorCode.BAD_GATEWAY, "The payment service could not start the topup");
    }

    private JsonNode readOrNull(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
