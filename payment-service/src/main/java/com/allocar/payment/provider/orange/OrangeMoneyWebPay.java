package com.allocar.payment.provider.orange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
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
 * Orange Money WebPay (api.orange.com): client-credentials token ({@code POST /oauth/v3/token}, Basic, form body),
 * {@code POST /orange-money-webpay/{country}/v1/webpayment} → 201 {pay_token, payment_url, notif_token};
 * {@code POST …/transactionstatus} {order_id, amount, pay_token}. The notification to {@code notif_url} carries no
 * signature: its {@code notif_token} must be the one we stored, and the outcome is read back from transactionstatus.
 * WebPay has no refund API: refunds of Orange payments go to the wallet.
 */
@Component
public class OrangeMoneyWebPay implements PaymentProvider {

    private final PaymentProperties props;
    private final PaymentProperties.Orange om;
    private final ProviderHttp http = new ProviderHttp(Provider.ORANGE_MONEY);
    private final BearerTokens tokens;

    OrangeMoneyWebPay(PaymentProperties props, Clock clock) {
        this.props = props;
        this.om = props.orange();
        this.tokens = new BearerTokens(this::fetchToken, clock);
    }

    @Override
    public Provider id() {
        return Provider.ORANGE_MONEY;
    }

    @Override
    public boolean configured() {
        return notBlank(om.clientId()) && notBlank(om.clientSecret()) && notBlank(om.merchantKey());
    }

    @Override
    public String chargeCurrency() {
        return om.currency();
    }

    @Override
    public boolean supportsRefund() {
        return false;
    }

    /** Orange caps order_id at 30 characters: the first 30 hex digits of our payment id (120 random bits). */
    static String orderId(UUID paymentId) {
        return paymentId.toString().replace("-", "").substring(0, 30);
    }

    @Override
    public Checkout create(CheckoutRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("merchant_key", om.merchantKey());
        body.put("currency", chargeCurrency());
        body.put("order_id", orderId(request.paymentId()));
        body.put("amount", whole(request.amount()));
        body.put("return_url", props.successUrl());
        body.put("cancel_url", props.errorUrl());
        body.put("notif_url", props.publicBaseUrl() + "/api/v1/payments/webhook/orange_money");
        body.put("lang", "fr");
        body.put("reference", "AlloCar");
        var r = http.json("POST", base() + "/webpayment", auth(), body);
        if (r.status() == 401) {
            tokens.invalidate();
        }
        if (r.status() != 201) {
            throw http.failure("webpayment", r, r.json().path("code").asString(null));
        }
        JsonNode j = r.json();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("payment_url", j.path("payment_url").asString());
        payload.put("pay_token", j.path("pay_token").asString());
        payload.put("order_id", orderId(request.paymentId()));
        return new Checkout(j.path("pay_token").asString(), j.path("payment_url").asString(), j.path("notif_token").asString(), payload);
    }

    @Override
    public ProviderStatus status(ProviderPayment payment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("order_id", orderId(payment.paymentId()));
        body.put("amount", whole(payment.amount()));
        body.put("pay_token", payment.providerRef());
        var r = http.json("POST", base() + "/transactionstatus", auth(), body);
        if (!r.ok()) {
            throw http.failure("transactionstatus", r, r.json().path("code").asString(null));
        }
        JsonNode j = r.json();
        String status = j.path("status").asString("");
        Outcome outcome = switch (status) {
            case "SUCCESS" -> Outcome.SUCCEEDED;
            case "FAILED", "EXPIRED" -> Outcome.FAILED;
            default -> Outcome.PENDING;
        };
        // the status answer confirms the (order_id, amount, pay_token) triple we asked about
        return new ProviderStatus(outcome, payment.amount(), chargeCurrency(), j.path("txnid").asString(null),
                outcome == Outcome.FAILED ? status.toLowerCase(java.util.Locale.ROOT) : null, r.body());
    }

    @Override
    public void refund(ProviderPayment payment, BigDecimal amount, UUID refundId) {
        throw new ProviderException(Provider.ORANGE_MONEY, "Orange Money WebPay has no refund API");
    }

    @Override
    public WebhookNotice authenticate(WebhookRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        String contentType = String.valueOf(request.header("Content-Type"));
        if (contentType.startsWith("application/x-www-form-urlencoded")) { // seen in some countries
            for (String pair : request.bodyText().split("&")) {
                String[] kv = pair.split("=", 2);
                fields.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        } else {
            JsonNode j = ProviderHttp.parse(request.body());
            j.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString("")));
        }
        String token = fields.get("notif_token");
        String status = fields.getOrDefault("status", "");
        if (token == null || token.isBlank()) {
            throw new WebhookRejected(WebhookRejected.Reason.SIGNATURE, "notif_token missing");
        }
        // the token is the proof; the outcome comes from transactionstatus
        return new WebhookNotice("om:" + token + ":" + status, "webpayment." + status.toLowerCase(java.util.Locale.ROOT), null, token,
                Outcome.PENDING, null, null, fields.get("txnid"), null, true);
    }

    private String base() {
        return om.baseUrl() + "/orange-money-webpay/" + om.country() + "/v1";
    }

    private Map<String, String> auth() {
        if (!configured()) {
            throw new ProviderException(Provider.ORANGE_MONEY, "Orange Money is not configured (OM_*)");
        }
        return Map.of("Authorization", "Bearer " + tokens.get());
    }

    private BearerTokens.Token fetchToken() {
        String basic = Base64.getEncoder().encodeToString((om.clientId() + ":" + om.clientSecret()).getBytes(StandardCharsets.UTF_8));
        var r = http.send("POST", om.baseUrl() + "/oauth/v3/token", Map.of("Authorization", "Basic " + basic),
                "grant_type=" + URLEncoder.encode("client_credentials", StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        if (!r.ok()) {
            throw http.failure("token", r, null);
        }
        return new BearerTokens.Token(r.json().path("access_token").asString(), r.json().path("expires_in").asLong(3600));
    }

    static long whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
