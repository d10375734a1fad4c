package com.allocar.payment.provider.stripe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.allocar.payment.config.PaymentProperties;
import com.allocar.payment.provider.HmacSignatures;
import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Provider;
import com.allocar.payment.provider.ProviderException;
import com.allocar.payment.provider.ProviderHttp;
import com.allocar.payment.provider.WebhookNotice;
import com.allocar.payment.provider.WebhookRejected;
import com.allocar.payment.provider.WebhookRequest;
import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Stripe PaymentIntents (card): form-encoded requests with the secret key as Bearer, {@code Idempotency-Key} on every
 * POST, amounts as integers in the smallest unit (XOF is zero-decimal), lower-case currency. Webhooks:
 * {@code Stripe-Signature: t=…,v1=hex(HMAC_SHA256(whsec, t + "." + body))}, 300 s tolerance, any v1 may match.
 */
@Component
public class StripePaymentIntents implements PaymentProvider {

    static final String SIGNATURE_HEADER = "Stripe-Signature";

    private final PaymentProperties props;
    private final PaymentProperties.Stripe stripe;
    private final ProviderHttp http = new ProviderHttp(Provider.STRIPE);
    private final Clock clock;

    StripePaymentIntents(PaymentProperties props, Clock clock) {
        this.props = props;
        this.stripe = props.stripe();
        this.clock = clock;
    }

    @Override
    public Provider id() {
        return Provider.STRIPE;
    }

    @Override
    public boolean configured() {
        return notBlank(stripe.secretKey()) && notBlank(stripe.webhookSecret());
    }

    @Override
    public String chargeCurrency() {
        return "xof";
    }

    @Override
    public Checkout create(CheckoutRequest request) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("amount", whole(request.amount()));
        form.put("currency", chargeCurrency());
        form.put("automatic_payment_methods[enabled]", "true");
        form.put("metadata[payment_id]", request.paymentId().toString());
        form.put("description", request.description());
        var r = post("/v1/payment_intents", form, request.paymentId().toString());
        if (!r.ok()) {
            throw http.failure("payment intent create", r, r.json().path("error").path("code").asString(null));
        }
        JsonNode pi = r.json();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("payment_intent_id", pi.path("id").asString());
        payload.put("client_secret", pi.path("client_secret").asString());
        return new Checkout(pi.path("id").asString(), null, null, payload);
    }

    @Override
    public ProviderStatus status(ProviderPayment payment) {
        var r = http.send("GET", stripe.baseUrl() + "/v1/payment_intents/" + payment.providerRef(), auth(null), null, null);
        if (!r.ok()) {
            throw http.failure("payment intent read", r, r.json().path("error").path("code").asString(null));
        }
        JsonNode pi = r.json();
        return new ProviderStatus(outcome(pi.path("status").asString("")), new BigDecimal(pi.path("amount_received").asString("0")),
                pi.path("currency").asString(null), pi.path("latest_charge").asString(null),
                pi.path("last_payment_error").path("code").asString(null), r.body());
    }

    private static Outcome outcome(String status) {
        return switch (status) {
            case "succeeded" -> Outcome.SUCCEEDED;
            case "canceled" -> Outcome.FAILED;
            default -> Outcome.PENDING; // requires_payment_method after a failed attempt may still be paid
        };
    }

    /** A declined intent returns to requires_payment_method and could still be paid: cancel it. */
    @Override
    public void abandon(ProviderPayment payment) {
        var r = post("/v1/payment_intents/" + payment.providerRef() + "/cancel", Map.of("cancellation_reason", "abandoned"),
                "cancel-" + payment.paymentId());
        if (!r.ok() && r.status() != 400) { // 400: already succeeded or canceled
            throw http.failure("cancel", r, r.json().path("error").path("code").asString(null));
        }
    }

    @Override
    public void refund(ProviderPayment payment, BigDecimal amount, UUID refundId) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("payment_intent", payment.providerRef());
        form.put("amount", whole(amount));
        form.put("reason", "requested_by_customer");
        form.put("metadata[refund_id]", refundId.toString());
        var r = post("/v1/refunds", form, refundId.toString());
        if (!r.ok()) {
            throw http.failure("refund", r, r.json().path("error").path("code").asString(null));
        }
    }

    @Override
    public WebhookNotice authenticate(WebhookRequest request) {
        if (!configured()) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "Stripe webhooks are not configured");
        }
        HmacSignatures.verify(request.header(SIGNATURE_HEADER), request.body(), stripe.webhookSecret(), ".", clock.instant(),
                props.webhookTolerance(), props.webhookFutureSkew());
        JsonNode event = ProviderHttp.parse(request.body());
        String id = event.path("id").asString(null);
        String type = event.path("type").asString("");
        if (id == null || id.isBlank()) {
            throw new WebhookRejected(WebhookRejected.Reason.MALFORMED, "event has no id");
        }
        JsonNode pi = event.path("data").path("object");
        return switch (type) {
            case "payment_intent.succeeded" -> new WebhookNotice(id, type, pi.path("id").asString(null), null, Outcome.SUCCEEDED,
                    new BigDecimal(pi.path("amount_received").asString(pi.path("amount").asString("0"))), pi.path("currency").asString(null),
                    pi.path("latest_charge").asString(null), null, false);
            case "payment_intent.payment_failed", "payment_intent.canceled" -> new WebhookNotice(id, type, pi.path("id").asString(null), null,
                    Outcome.FAILED, null, null, null,
                    pi.path("last_payment_error").path("code").asString("card_declined"), false);
            default -> WebhookNotice.ignored(id, type);
        };
    }

    private ProviderHttp.Response post(String path, Map<String, String> form, String idempotencyKey) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send("POST", stripe.baseUrl() + path, auth(idempotencyKey), body, "application/x-www-form-urlencoded");
    }

    private Map<String, String> auth(String idempotencyKey) {
        if (!notBlank(stripe.secretKey())) {
            throw new ProviderException(Provider.STRIPE, "Stripe is not configured (STRIPE_SECRET_KEY)");
        }
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + stripe.secretKey());
        if (idempotencyKey != null) {
            h.put("Idempotency-Key", idempotencyKey);
        }
        return h;
    }

    static String whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
