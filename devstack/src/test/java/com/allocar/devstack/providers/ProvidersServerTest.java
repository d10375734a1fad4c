package com.allocar.devstack.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fake providers over HTTP, as payment-service and a developer use them: each refuses what the real provider
 * refuses, and its /_dev/ payer endpoint delivers the callback, signed the provider's way, to the callback URL.
 */
class ProvidersServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** What "our service" received from the fakes. */
    record Received(String method, String path, Map<String, String> headers, String body) {
    }

    private static final List<Received> received = new CopyOnWriteArrayList<>();
    private static HttpServer ours;
    private static ProvidersServer providers;
    private static ProviderKeys keys;

    @BeforeAll
    static void start() throws Exception {
        ours = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        ours.createContext("/", ex -> {
            try (ex) {
                received.add(new Received(ex.getRequestMethod(), ex.getRequestURI().toString(),
                        Map.of("content-type", String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")),
                                "wave-signature", String.valueOf(ex.getRequestHeaders().getFirst("Wave-Signature")),
                                "stripe-signature", String.valueOf(ex.getRequestHeaders().getFirst("Stripe-Signature"))),
                        new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                ex.sendResponseHeaders(200, -1);
            }
        });
        ours.start();
        keys = ProviderKeys.fromEnv(Map.of(), "http://127.0.0.1:" + ours.getAddress().getPort());
        providers = ProvidersServer.start("127.0.0.1", 0, keys);
    }

    @AfterAll
    static void stop() {
        providers.close();
        ours.stop(0);
    }

    @Test
    void waveChecksTheCheckoutAndItsPayerPageSendsTheSignedWebhook() throws Exception {
        String wave = providers.url() + "/wave";
        String good = "{\"amount\":\"12000\",\"currency\":\"XOF\",\"success_url\":\"https://a.ci/ok\",\"error_url\":\"https://a.ci/ko\"}";
        assertThat(post(wave + "/v1/checkout/sessions", good, "Authorization", "Bearer wrong").statusCode()).isEqualTo(401);
        // amount must be a string without decimals for XOF, URLs https
        var numeric = post(wave + "/v1/checkout/sessions", good.replace("\"12000\"", "12000"), bearer(keys.waveApiKey()));
        assertThat(numeric.statusCode()).isEqualTo(400);
        assertThat(numeric.body()).contains("request-validation-error");
        assertThat(post(wave + "/v1/checkout/sessions", good.replace("\"12000\"", "\"12000.5\""), bearer(keys.waveApiKey())).statusCode()).isEqualTo(400);
        assertThat(post(wave + "/v1/checkout/sessions", good.replace("https://a.ci/ok", "http://a.ci/ok"), bearer(keys.waveApiKey())).statusCode()).isEqualTo(400);

        var created = post(wave + "/v1/checkout/sessions", good, bearer(keys.waveApiKey()));
        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode session = JSON.readTree(created.body());
        String id = session.path("id").asString();
        assertThat(id).startsWith("cos-");
        String launch = session.path("wave_launch_url").asString();
        assertThat(launch).isEqualTo(wave + "/_dev/checkout/" + id);
        assertThat(get(launch).body()).contains("12000").contains("/pay");

        var paid = post(launch + "/pay", "", "Content-Type", "application/json");
        assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
        JsonNode webhook = JSON.readTree(paid.body()).path("webhook");
        assertThat(webhook.path("status").asInt()).isEqualTo(200);
        Received r = received.stream().filter(x -> x.body().contains(id)).findFirst().orElseThrow();
        assertThat(r.path()).isEqualTo("/api/v1/payments/webhook/wave");
        assertThat(r.body()).contains("\"checkout.session.completed\"").contains("\"succeeded\"");
        // Wave-Signature: t=<unix>,v1=hex(HMAC-SHA256(secret, t + body))
        String sig = r.headers().get("wave-signature");
        String t = sig.substring(2, sig.indexOf(','));
        assertThat(sig).isEqualTo("t=" + t + ",v1=" + FakeWave.hmac(keys.waveWebhookSecret(), t + r.body()));
        assertThat(Long.parseLong(t)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        assertThat(webhook.path("body").asString()).isEqualTo(r.body());
        assertThat(webhook.path("sent_at_epoch_ms").asLong()).isPositive();
        // a completed session cannot be paid twice
        assertThat(post(launch + "/pay", "", "Content-Type", "application/json").statusCode()).isEqualTo(409);
        assertThat(post(wave + "/_dev/checkout/cos-nope/pay", "", "Content-Type", "application/json").statusCode()).isEqualTo(404);
    }

    @Test
    void wavePayoutsNeedAnIdempotencyKeyAndAreListed() throws Exception {
        String wave = providers.url() + "/wave";
        String body = "{\"currency\":\"XOF\",\"receive_amount\":\"10580\",\"mobile\":\"+2250700000001\",\"client_reference\":\"ref-1\"}";
        assertThat(post(wave + "/v1/payout", body, bearer(keys.waveApiKey())).statusCode()).isEqualTo(400);
        String key = UUID.randomUUID().toString();
        var first = post(wave + "/v1/payout", body, "Authorization", "Bearer " + keys.waveApiKey(), "idempotency-key", key);
        assertThat(first.statusCode()).isEqualTo(200);
        var again = post(wave + "/v1/payout", body, "Authorization", "Bearer " + keys.waveApiKey(), "idempotency-key", key);
        assertThat(JSON.readTree(again.body()).path("id").asString()).isEqualTo(JSON.readTree(first.body()).path("id").asString());
        assertThat(get(wave + "/_dev/payouts").body()).contains("ref-1").contains("10580");
    }

    @Test
    void orangeWantsAFormTokenRequestAndNotifiesFromItsPayerPage() throws Exception {
        String om = providers.url() + "/orange";
        String basic = "Basic " + Base64.getEncoder().encodeToString((keys.omClientId() + ":" + keys.omClientSecret()).getBytes(StandardCharsets.UTF_8));
        // JSON is refused: the token endpoint takes a form body
        assertThat(post(om + "/oauth/v3/token", "{\"grant_type\":\"client_credentials\"}", "Authorization", basic, "Content-Type", "application/json").statusCode())
                .isEqualTo(400);
        assertThat(post(om + "/oauth/v3/token", "grant_type=client_credentials", "Authorization", "Basic eDp5",
                "Content-Type", "application/x-www-form-urlencoded").statusCode()).isEqualTo(401);
        var token = post(om + "/oauth/v3/token", "grant_type=client_credentials", "Authorization", basic, "Content-Type", "application/x-www-form-urlencoded");
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = "Bearer " + JSON.readTree(token.body()).path("access_token").asString();
        String order = "o" + System.nanoTime();
        String pay = "{\"merchant_key\":\"" + keys.omMerchantKey() + "\",\"currency\":\"XOF\",\"order_id\":\"" + order + "\",\"amount\":12000,"
                + "\"return_url\":\"https://a.ci/r\",\"cancel_url\":\"https://a.ci/c\",\"notif_url\":\"https://a.ci/api/v1/payments/webhook/orange_money\","
                + "\"lang\":\"fr\",\"reference\":\"AlloCar\"}";
        assertThat(post(om + "/orange-money-webpay/dev/v1/webpayment", pay, "Authorization", bearer, "Content-Type", "application/json").statusCode())
                .as("currency must be OUV in dev").isEqualTo(400);
        var created = post(om + "/orange-money-webpay/dev/v1/webpayment", pay.replace("XOF", "OUV"), "Authorization", bearer, "Content-Type", "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode c = JSON.readTree(created.body());
        String paymentUrl = c.path("payment_url").asString();
        assertThat(get(paymentUrl).body()).contains("Approve");
        var approved = post(paymentUrl + "/approve", "", "Content-Type", "application/json");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        Received r = received.stream().filter(x -> x.body().contains(c.path("notif_token").asString())).findFirst().orElseThrow();
        assertThat(r.path()).isEqualTo("/api/v1/payments/webhook/orange_money");
        assertThat(JSON.readTree(r.body()).path("status").asString()).isEqualTo("SUCCESS");
    }

    @Test
    void mtnChecksReferenceIdAndCallbackHostAndPutsTheCallback() throws Exception {
        String mtn = providers.url() + "/mtn";
        String basic = "Basic " + Base64.getEncoder().encodeToString((keys.mtnApiUser() + ":" + keys.mtnApiKey()).getBytes(StandardCharsets.UTF_8));
        var token = post(mtn + "/collection/token/", "", "Ocp-Apim-Subscription-Key", keys.mtnCollectionSubscriptionKey(), "Authorization", basic);
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = "Bearer " + JSON.readTree(token.body()).path("access_token").asString();
        String body = "{\"amount\":\"12000\",\"currency\":\"EUR\",\"externalId\":\"b1\",\"payer\":{\"partyIdType\":\"MSISDN\",\"partyId\":\"2250500000002\"},"
                + "\"payerMessage\":\"AlloCar\",\"payeeNote\":\"AlloCar\"}";
        String[] common = {"Ocp-Apim-Subscription-Key", keys.mtnCollectionSubscriptionKey(), "Authorization", bearer, "X-Target-Environment", "sandbox",
                "Content-Type", "application/json"};
        assertThat(post(mtn + "/collection/v1_0/requesttopay", body, concat(common, "X-Reference-Id", "not-a-uuid")).statusCode()).isEqualTo(400);
        String ref = UUID.randomUUID().toString();
        var wrongHost = post(mtn + "/collection/v1_0/requesttopay", body, concat(common, "X-Reference-Id", ref,
                "X-Callback-Url", "https://evil.example/api/v1/payments/webhook/mtn_momo?payment=" + ref));
        assertThat(wrongHost.body()).contains("INVALID_CALLBACK_URL_HOST");
        var ok = post(mtn + "/collection/v1_0/requesttopay", body, concat(common, "X-Reference-Id", ref,
                "X-Callback-Url", "http://" + keys.mtnCallbackHost() + ":8080/api/v1/payments/webhook/mtn_momo?payment=" + ref));
        assertThat(ok.statusCode()).isEqualTo(202);
        assertThat(post(mtn + "/collection/v1_0/requesttopay", body, concat(common, "X-Reference-Id", ref)).statusCode()).isEqualTo(409);

        var approved = post(mtn + "/_dev/requesttopay/" + ref + "/approve", "", "Content-Type", "application/json");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        Received r = received.stream().filter(x -> x.path().contains(ref)).findFirst().orElseThrow();
        assertThat(r.method()).isEqualTo("PUT");
        assertThat(r.path()).isEqualTo("/api/v1/payments/webhook/mtn_momo?payment=" + ref);
        assertThat(JSON.readTree(r.body()).path("status").asString()).isEqualTo("SUCCESSFUL");
    }

    @Test
    void stripeWantsFormBodiesAndSignsItsEvents() throws Exception {
        String stripe = providers.url() + "/stripe";
        String auth = "Bearer " + keys.stripeSecretKey();
        assertThat(post(stripe + "/v1/payment_intents", "amount=12000&currency=xof", "Authorization", "Bearer sk_wrong",
                "Content-Type", "application/x-www-form-urlencoded").statusCode()).isEqualTo(401);
        assertThat(post(stripe + "/v1/payment_intents", "{\"amount\":12000}", "Authorization", auth, "Content-Type", "application/json").statusCode())
                .isEqualTo(400);
        var created = post(stripe + "/v1/payment_intents", "amount=12000&currency=xof&metadata[payment_id]=p1", "Authorization", auth,
                "Content-Type", "application/x-www-form-urlencoded", "Idempotency-Key", "k-" + System.nanoTime());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        String pi = JSON.readTree(created.body()).path("id").asString();
        var succeeded = post(stripe + "/_dev/payment_intents/" + pi + "/succeed", "", "Content-Type", "application/json");
        assertThat(succeeded.statusCode()).as(succeeded.body()).isEqualTo(200);
        Received r = received.stream().filter(x -> x.body().contains(pi)).findFirst().orElseThrow();
        assertThat(r.path()).isEqualTo("/api/v1/payments/webhook/stripe");
        String sig = r.headers().get("stripe-signature");
        String t = sig.substring(2, sig.indexOf(','));
        assertThat(sig).contains("v1=" + FakeWave.hmac(keys.stripeWebhookSecret(), t + "." + r.body()));
        assertThat(JSON.readTree(r.body()).path("type").asString()).isEqualTo("payment_intent.succeeded");
    }

    private static String[] bearer(String key) {
        return new String[] {"Authorization", "Bearer " + key, "Content-Type", "application/json"};
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static HttpResponse<String> post(String url, String body, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
