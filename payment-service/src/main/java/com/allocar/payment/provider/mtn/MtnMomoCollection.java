package com.allocar.payment.provider.mtn;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.config.PaymentProperties;
import com.allocar.payment.provider.BearerTokens;
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
 * MTN MoMo Open API, Collection product (and Disbursement for withdrawals): token from {@code POST /collection/token/} (Basic apiUser:apiKey +
 * Ocp-Apim-Subscription-Key), {@code POST /collection/v1_0/requesttopay} with {@code X-Reference-Id} = our payment id
 * (a UUID v4), {@code X-Target-Environment}, {@code X-Callback-Url} → 202 with no body;
 * {@code GET /collection/v1_0/requesttopay/{ref}} → PENDING | SUCCESSFUL | FAILED. The callback (PUT or POST, sent
 * once) is unsigned: it only tells us to read the status back, which is what we trust. Our reference travels in the
 * callback URL's query ({@code ?ref=}), since the body does not reliably carry it.
 */
@Component
public class MtnMomoCollection implements PaymentProvider {

    private final PaymentProperties props;
    private final PaymentProperties.Mtn mtn;
    private final ProviderHttp http = new ProviderHttp(Provider.MTN_MOMO);
    private final BearerTokens tokens;
    private final BearerTokens disbursementTokens;

    MtnMomoCollection(PaymentProperties props, Clock clock) {
        this.props = props;
        this.mtn = props.mtn();
        this.tokens = new BearerTokens(() -> fetchToken("collection", mtn.collectionSubscriptionKey(), mtn.apiUser(), mtn.apiKey()), clock);
        this.disbursementTokens = new BearerTokens(
                () -> fetchToken("disbursement", mtn.disbursementSubscriptionKey(), mtn.payoutUser(), mtn.payoutKey()), clock);
    }

    @Override
    public Provider id() {
        return Provider.MTN_MOMO;
    }

    @Override
    public boolean configured() {
        return notBlank(mtn.collectionSubscriptionKey()) && notBlank(mtn.apiUser()) && notBlank(mtn.apiKey());
    }

    @Override
    public String chargeCurrency() {
        return mtn.currency();
    }

    @Override
    public boolean supportsRefund() {
        return false;
    }

    @Override
    public Checkout create(CheckoutRequest request) {
        if (request.msisdn() == null) {
            throw new ProviderException(Provider.MTN_MOMO, "MTN MoMo needs the payer's number");
        }
        String ref = request.paymentId().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", whole(request.amount()));
        body.put("currency", chargeCurrency());
        body.put("externalId", ref);
        body.put("payer", Map.of("partyIdType", "MSISDN", "partyId", request.msisdn().replace("+", "")));
        body.put("payerMessage", "AlloCar");
        body.put("payeeNote", "AlloCar " + ref.substring(0, 8));
        Map<String, String> headers = headers();
        headers.put("X-Reference-Id", ref);
        headers.put("X-Callback-Url", props.publicBaseUrl() + "/api/v1/payments/webhook/mtn_momo?ref=" + ref);
        var r = http.json("POST", mtn.baseUrl() + "/collection/v1_0/requesttopay", headers, body);
        if (r.status() == 401) {
            tokens.invalidate();
        }
        // 409 RESOURCE_ALREADY_EXIST: our earlier attempt with this reference reached MTN; it is the same request
        if (r.status() != 202 && r.status() != 409) {
            throw http.failure("requesttopay", r, r.json().path("code").asString(null));
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("reference_id", ref);
        payload.put("status", "PENDING");
        payload.put("message", "Approve the payment on your phone");
        return new Checkout(ref, null, null, payload);
    }

    @Override
    public ProviderStatus status(ProviderPayment payment) {
        var r = http.json("GET", mtn.baseUrl() + "/collection/v1_0/requesttopay/" + payment.providerRef(), headers(), null);
        if (!r.ok()) {
            throw http.failure("requesttopay status", r, r.json().path("code").asString(null));
        }
        JsonNode j = r.json();
        Outcome outcome = switch (j.path("status").asString("")) {
            case "SUCCESSFUL" -> Outcome.SUCCEEDED;
            case "FAILED" -> Outcome.FAILED;
            default -> Outcome.PENDING;
        };
        JsonNode reason = j.path("reason");
        String why = reason.isObject() ? reason.path("code").asString(null) : reason.asString(null);
        return new ProviderStatus(outcome, new BigDecimal(j.path("amount").asString("0")), j.path("currency").asString(null),
                j.path("financialTransactionId").asString(null), why, r.body());
    }

    @Override
    public void refund(ProviderPayment payment, BigDecimal amount, UUID refundId) {
        throw new ProviderException(Provider.MTN_MOMO, "MTN MoMo collection refunds are not used");
    }

    @Override
    public WebhookNotice authenticate(WebhookRequest request) {
        String ref = request.query().get("ref");
        String status = "";
        if (request.body().length > 0) {
            JsonNode j = ProviderHttp.parse(request.body());
            if (ref == null) {
                ref = j.path("externalId").asString(null);
            }
            status = j.path("status").asString("");
        }
        if (ref == null || ref.isBlank()) {
            throw new WebhookRejected(WebhookRejected.Reason.MALFORMED, "callback without reference");
        }
        // unsigned: proves nothing, the status read-back decides
        return new WebhookNotice("mtn:" + ref + ":" + status, "requesttopay." + status.toLowerCase(java.util.Locale.ROOT), ref, null,
                Outcome.PENDING, null, null, null, null, true);
    }

    private Map<String, String> headers() {
        if (!configured()) {
            throw new ProviderException(Provider.MTN_MOMO, "MTN MoMo is not configured (MTN_*)");
        }
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + tokens.get());
        h.put("X-Target-Environment", mtn.targetEnvironment());
        h.put("Ocp-Apim-Subscription-Key", mtn.collectionSubscriptionKey());
        return h;
    }

    /**
     * Disbursement transfer to the payee's phone; {@code X-Reference-Id} = payout id, so asking again (409 = the same
     * transfer) is safe, and the outcome is read back with GET transfer.
     */
    @Override
    public PayoutResult payout(PayoutRequest request) {
        if (!notBlank(mtn.disbursementSubscriptionKey())) {
            throw new ProviderException(Provider.MTN_MOMO, "MTN MoMo disbursement is not configured (MTN_DISBURSEMENT_SUBSCRIPTION_KEY)");
        }
        String ref = request.payoutId().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("amount", whole(request.amount()));
        body.put("currency", chargeCurrency());
        body.put("externalId", ref);
        body.put("payee", Map.of("partyIdType", "MSISDN", "partyId", request.msisdn().replace("+", "")));
        body.put("payerMessage", "AlloCar");
        body.put("payeeNote", "AlloCar payout");
        Map<String, String> headers = disbursementHeaders();
        headers.put("X-Reference-Id", ref);
        var r = http.json("POST", mtn.baseUrl() + "/disbursement/v1_0/transfer", headers, body);
        if (r.status() == 401) {
            disbursementTokens.invalidate();
        }
        if (r.status() >= 400 && r.status() < 500 && r.status() != 409) {
            return new PayoutResult(null, Outcome.FAILED, r.json().path("code").asString("transfer_rejected"));
        }
        if (r.status() != 202 && r.status() != 409) {
            throw http.failure("transfer", r, r.json().path("code").asString(null));
        }
        var s = http.json("GET", mtn.baseUrl() + "/disbursement/v1_0/transfer/" + ref, disbursementHeaders(), null);
        if (!s.ok()) {
            return new PayoutResult(ref, Outcome.PENDING, null);
        }
        JsonNode j = s.json();
        Outcome outcome = switch (j.path("status").asString("")) {
            case "SUCCESSFUL" -> Outcome.SUCCEEDED;
            case "FAILED" -> Outcome.FAILED;
            default -> Outcome.PENDING;
        };
        JsonNode reason = j.path("reason");
        return new PayoutResult(j.path("financialTransactionId").asString(ref), outcome,
                reason.isObject() ? reason.path("code").asString(null) : reason.asString(null));
    }

    private Map<String, String> disbursementHeaders() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + disbursementTokens.get());
        h.put("X-Target-Environment", mtn.targetEnvironment());
        h.put("Ocp-Apim-Subscription-Key", mtn.disbursementSubscriptionKey());
        return h;
    }

    private BearerTokens.Token fetchToken(String product, String subscriptionKey, String user, String key) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + key).getBytes(StandardCharsets.UTF_8));
        var r = http.send("POST", mtn.baseUrl() + "/" + product + "/token/",
                Map.of("Authorization", "Basic " + basic, "Ocp-Apim-Subscription-Key", subscriptionKey), "", "application/json");
        if (!r.ok()) {
            throw http.failure("token", r, null);
        }
        return new BearerTokens.Token(r.json().path("access_token").asString(), r.json().path("expires_in").asLong(3600));
    }

    static String whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
