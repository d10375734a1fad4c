package com.allocar.platform.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** Reads what our services sent through devstack: SMS received by the fake aggregator, e-mails received by SMTP. */
public final class DevInbox {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TestHttp http;

    public DevInbox(String baseUrl) {
        this.http = new TestHttp(baseUrl);
    }

    public static DevInbox forTests() {
        return new DevInbox(TestInfra.DEVSTACK_HTTP);
    }

    /**
     * The newest 6-digit code sent by SMS to {@code phone}, waiting up to 30 s for it (at the end of a CI run the devstack
     * holds thousands of messages and shares two cores with a dozen JVMs).
     */
    public String latestSmsCode(String phone) {
        return waitFor(() -> {
            JsonNode list = http.get("/api/sms?to=" + enc(phone)).body();
            return list.isArray() && !list.isEmpty() ? code(list.get(0).path("text").asString()) : null;
        });
    }

    public int smsCount(String phone) {
        JsonNode list = http.get("/api/sms?to=" + enc(phone)).body();
        return list.isArray() ? list.size() : 0;
    }

    public String latestMailCode(String email) {
        return waitFor(() -> {
            JsonNode list = http.get("/api/mail?to=" + enc(email)).body();
            return list.isArray() && !list.isEmpty() ? code(list.get(0).path("body").asString()) : null;
        });
    }

    private static String code(String text) {
        Matcher m = CODE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String waitFor(java.util.function.Supplier<String> probe) {
        Instant deadline = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            String v = probe.get();
            if (v != null) {
                return v;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("nothing arrived in the dev inbox within " + WAIT.toSeconds() + " s");
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
