package com.allocar.devstack.providers;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake payment providers on one port, each under its own prefix: {@code /wave} (Checkout + Payout API),
 * {@code /orange} (OAuth + WebPay), {@code /mtn} (Collection + Disbursement), {@code /stripe} (PaymentIntents +
 * Refunds). payment-service's {@code base-url} of a provider is {@code http://host:port/<prefix>}. Below each prefix:
 * the provider's real API paths, and {@code /_dev/…} endpoints that play the payer (see each fake). {@code GET /}
 * is an index page, {@code GET /health} → {@code {"status":"UP"}}.
 * Started by devstack ({@code --providers-port}) and, in-process on a free port, by payment-service's tests.
 */
public final class ProvidersServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProvidersServer.class);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final String url;
    private final FakeWave wave;
    private final FakeOrange orange;
    private final FakeMtn mtn;
    private final FakeStripe stripe;

    private ProvidersServer(String host, int port, ProviderKeys keys) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 100);
        String urlHost = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        url = "http://" + urlHost + ":" + server.getAddress().getPort();
        wave = new FakeWave(keys.waveApiKey(), keys.waveWebhookSecret());
        orange = new FakeOrange(keys.omClientId(), keys.omClientSecret(), keys.omMerchantKey());
        mtn = new FakeMtn(keys.mtnCollectionSubscriptionKey(), keys.mtnApiUser(), keys.mtnApiKey(), keys.mtnCallbackHost());
        mtn.disbursement(keys.mtnDisbursementSubscriptionKey(), keys.mtnDisbursementApiUser(), keys.mtnDisbursementApiKey());
        stripe = new FakeStripe(keys.stripeSecretKey(), keys.stripeWebhookSecret());
        for (FakeServer fake : fakes()) {
            fake.mountedAt(url);
            server.createContext(fake.prefix() + "/", fake::dispatch);
        }
        if (keys.callbackBaseUrl() != null) {
            callbacksTo(keys.callbackBaseUrl());
        }
        server.createContext("/", this::root);
        server.setExecutor(executor);
    }

    /** Starts the fakes on {@code host:port} (0 = a free port). */
    public static ProvidersServer start(String host, int port, ProviderKeys keys) throws IOException {
        ProvidersServer s = new ProvidersServer(host, port, keys);
        s.server.start();
        log.info("fake payment providers up on {} (wave, orange, mtn, stripe)", s.url);
        return s;
    }

    /** Points every provider's webhooks/callbacks at our public base URL (the gateway), see {@link ProviderKeys}. */
    public void callbacksTo(String baseUrl) {
        wave.webhookUrl(baseUrl + "/api/v1/payments/webhook/wave");
        stripe.webhookUrl(baseUrl + "/api/v1/payments/webhook/stripe");
        orange.deliverTo(baseUrl);
        mtn.deliverTo(baseUrl);
    }

    public String url() {
        return url;
    }

    public FakeWave wave() {
        return wave;
    }

    public FakeOrange orange() {
        return orange;
    }

    public FakeMtn mtn() {
        return mtn;
    }

    public FakeStripe stripe() {
        return stripe;
    }

    private List<FakeServer> fakes() {
        return List.of(wave, orange, mtn, stripe);
    }

    private void root(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getRawPath();
            byte[] body;
            int status = 200;
            String type = "application/json";
            if (path.equals("/health")) {
                body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            } else if (path.equals("/") || path.equals("/index.html")) {
                type = "text/html; charset=utf-8";
                body = index().getBytes(StandardCharsets.UTF_8);
            } else {
                status = 404;
                body = ("{\"code\":\"not-found\",\"message\":\"no provider under " + path.replace("\"", "") + "\"}").getBytes(StandardCharsets.UTF_8);
            }
            ex.getResponseHeaders().set("Content-Type", type);
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Open Wave checkouts with a link to their payer page, and the base URLs to configure. */
    private String index() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta http-equiv=\"refresh\" content=\"5\">"
                + "<title>AlloCar fake payment providers</title></head><body style=\"font-family:system-ui;margin:24px\">"
                + "<h1>Fake payment providers (devstack)</h1><ul>");
        for (FakeServer f : fakes()) {
            html.append("<li>").append(FakeServer.escape(f.baseUrl())).append("</li>");
        }
        html.append("</ul><h2>Wave checkout sessions</h2><table border=\"1\" cellpadding=\"4\"><tr><th>session</th><th>amount</th><th>status</th><th>created</th></tr>");
        wave.sessions().stream().sorted((a, b) -> String.valueOf(b.get("when_created")).compareTo(String.valueOf(a.get("when_created"))))
                .limit(100).forEach(s -> html.append("<tr><td><a href=\"").append(FakeServer.escape(wave.checkoutPageUrl((String) s.get("id"))))
                        .append("\">").append(FakeServer.escape(s.get("id"))).append("</a></td><td>").append(FakeServer.escape(s.get("amount")))
                        .append(' ').append(FakeServer.escape(s.get("currency"))).append("</td><td>").append(FakeServer.escape(s.get("checkout_status")))
                        .append(" / ").append(FakeServer.escape(s.get("payment_status"))).append("</td><td>")
                        .append(FakeServer.escape(s.get("when_created"))).append("</td></tr>"));
        return html.append("</table></body></html>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
