package com.allocar.payment.provider.wave;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

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
 * Wave Checkout + Payout API (api.wave.com): Bearer API key, amounts as decimal strings (XOF without decimals),
 * {@code client_reference} = our payment id, {@code Idempotency-Key} on every POST. Webhooks use the
 * "signing secret" strategy: {@code Wave-Signature: t=…,v1=hex(HMAC_SHA256(secret, t + raw body))} — no separator —
 * or, if so configured, the "shared secret" one ({@code Authorization: Bearer <secret>}).
 */
@Component
public class WaveCheckout implements PaymentProvider {

    static final String SIGNATURE_HEADER = "Wave-Signature";

    private final PaymentProperties props;
    private final PaymentProperties.Wave wave;
    private final ProviderHttp http = new ProviderHttp(Provider.WAVE);
    private final Clock clock;

    WaveCheckout(PaymentProperties props, Clock clock) {
        this.props = props;
        this.wave = props.wave();
        this.clock = clock;
    }

    @Override
    public Provider id() {
        return Provider.WAVE;
    }

    @Override
    public boolean configured() {
        return notBlank(wave.apiKey()) && notBlank(wave.webhookSecret());
    }

    @Override
    public String chargeCurrency() {
        return "XOF";
    }

    @Override
    public Checkout create(CheckoutRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", amount(request.amount()));
        body.put("currency", chargeCurrency());
        body.put("success_url", props.successUrl());
        body.put("error_url", props.errorUrl());
        body.put("client_reference", request.paymentId().toString());
        if (request.msisdn() != null) {
            body.put("restrict_payer_mobile", request.msisdn());
        }
        var r = http.json("POST", wave.baseUrl() + "/v1/checkout/sessions", headers(request.paymentId().toString()), body);
        if (!r.ok()) {
            throw http.failure("checkout session create", r, r.json().path("code").asString(null));
        }
        JsonNode s = r.json();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("checkout_session_id", s.path("id").asString());
        payload.put("wave_launch_url", s.path("wave_launch_url").asString());
        payload.put("when_expires", s.path("when_expires").asString(null));
        return new Checkout(s.path("id").asString(), s.path("wave_launch_url").asString(), null, payload);
    }

    @Override
    public ProviderStatus status(ProviderPayment payment) {
        var r = http.json("GET", wave.baseUrl() + "/v1/checkout/sessions/" + payment.providerRef(), headers(null), null);
        if (!r.ok()) {
            throw http.failure("checkout session read", r, r.json().path("code").asString(null));
        }
        JsonNode s = r.json();
        return new ProviderStatus(outcome(s), new BigDecimal(s.path("amount").asString("0")), s.path("currency").asString(),
                s.path("transaction_id").asString(null), s.path("last_payment_error").path("code").asString(null), r.body());
    }

    private static Outcome outcome(JsonNode session) {
        String payment = session.path("payment_status").asString("");
        String checkout = session.path("checkout_status").asString("");
        if ("succeeded".equals(payment)) {
            return "refunded".equals(session.path("refund_status").asString("")) ? Outcome.REFUNDED : Outcome.SUCCEEDED;
        }
        if ("cancelled".equals(payment) || "expired".equals(checkout)) {
            return Outcome.FAILED;
        }
        return Outcome.PENDING;
    }

    /** Wave refunds a whole session (no partial refunds: those go to the wallet, ADR 006). */
    @Override
    public void refund(ProviderPayment payment, BigDecimal amount, UUID refundId) {
        if (amount.compareTo(payment.amount()) != 0) {
            throw new ProviderException(Provider.WAVE, "Wave refunds whole checkout sessions only");
        }
        var r = http.send("POST", wave.baseUrl() + "/v1/checkout/sessions/" + payment.providerRef() + "/refund",
                headers(refundId.toString()), null, "application/json");
        if (!r.ok()) {
            throw http.failure("refund", r, r.json().path("code").asString(null));
        }
    }

    /** Wave keeps a session open after a failed attempt: expire it (409 if it completed meanwhile, 404 unknown). */
    @Override
    public void abandon(ProviderPayment payment) {
        var r = http.send("POST", wave.baseUrl() + "/v1/checkout/sessions/" + payment.providerRef() + "/expire", headers(null), null,
                "application/json");
        if (!r.ok() && r.status() != 409 && r.status() != 404) {
            throw http.failure("expire", r, r.json().path("code").asString(null));
        }
    }

    @Override
    public PayoutResult payout(PayoutRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currency", chargeCurrency());
        body.put("receive_amount", amount(request.amount()));
        body.put("mobile", request.msisdn());
        if (request.name() != null) {
            body.put("name", request.name());
        }
        body.put("client_reference", request.payoutId().toString());
        body.put("payment_reason", "AlloCar payout");
        var r = http.json("POST", wave.baseUrl() + "/v1/payout", headers(request.payoutId().toString()), body);
        if (!r.ok()) {
            String code = r.json().path("code").asString(null);
            if (r.status() >= 400 && r.status() < 500) {
                return new PayoutResult(null, Outcome.FAILED, code == null ? "payout_rejected" : code);
            }
            throw http.failure("payout", r, code);
        }
        JsonNode p = r.json();
        Outcome outcome = switch (p.path("status").asString("")) {
            case "succeeded" -> Outcome.SUCCEEDED;
            case "failed", "reversed" -> Outcome.FAILED;
            default -> Outcome.PENDING;
        };
        return new PayoutResult(p.path("id").asString(), outcome, p.path("payout_error").path("error_code").asString(null));
    }

    @Override
    public WebhookNotice authenticate(WebhookRequest request) {
        if (!configured()) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "Wave webhooks are not configured");
        }
        if ("shared_secret".equals(wave.webhookStrategy())) {
            // no timestamp to check: replays are stopped by the event id (webhook_receipts)
            String presented = String.valueOf(request.header("Authorization"));
            if (!java.security.MessageDigest.isEqual(("Bearer " + wave.webhookSecret()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    presented.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "shared secret does not match");
            }
        } else {
            HmacSignatures.verify(request.header(SIGNATURE_HEADER), request.body(), wave.webhookSecret(), "", clock.instant(),
                    props.webhookTolerance(), props.webhookFutureSkew());
        }
        JsonNode event = ProviderHttp.parse(request.body());
        String eventId = event.path("id").asString(null);
        String type = event.path("type").asString("");
        if (eventId == null || eventId.isBlank()) {
            throw new WebhookRejected(WebhookRejected.Reason.MALFORMED, "event has no id");
        }
        JsonNode data = event.path("data");
        return switch (type) {
            case "checkout.session.completed" -> notice(eventId, type, data, Outcome.SUCCEEDED, null);
            case "checkout.session.payment_failed" ->
                    notice(eventId, type, data, Outcome.FAILED, data.path("last_payment_error").path("code").asString("payment-failure"));
            default -> WebhookNotice.ignored(eventId, type);
        };
    }

    private static WebhookNotice notice(String eventId, String type, JsonNode session, Outcome outcome, String reason) {
        String amount = session.path("amount").asString(null);
        BigDecimal parsed;
        try {
            parsed = amount == null ? null : new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new WebhookRejected(WebhookRejected.Reason.MALFORMED, "amount is not a decimal string");
        }
        return new WebhookNotice(eventId, type, session.path("id").asString(null), null, outcome, parsed,
                session.path("currency").asString(null), session.path("transaction_id").asString(null), reason, false);
    }

    private Map<String, String> headers(String idempotencyKey) {
        if (!notBlank(wave.apiKey())) {
            throw new ProviderException(Provider.WAVE, "Wave is not configured (WAVE_API_KEY)");
        }
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + wave.apiKey());
        if (idempotencyKey != null) {
            h.put("Idempotency-Key", idempotencyKey);
        }
        return h;
    }

    /** Wave wants a decimal string; XOF has no minor unit. */
    static String amount(BigDecimal v) {
        return v.stripTrailingZeros().scale() > 0 ? v.toPlainString() : v.setScale(0, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
