package com.allocar.devstack;

import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import com.allocar.devstack.fcm.FakeFcm;
import com.allocar.devstack.providers.ProvidersServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local infrastructure of AlloCar in one JVM, for development and tests on machines without Docker:
 * <ul>
 * <li>a real Kafka broker (KRaft, single node) on {@code --kafka-port};</li>
 * <li>a real SMTP server (GreenMail) on {@code --smtp-port};</li>
 * <li>a real S3 server (S3Proxy, SigV4, presigned URLs) on {@code --s3-port}, buckets allocar-public and allocar-kyc;</li>
 * <li>a fake SMS aggregator (Orange's SMS API) and the developer's inbox (SMS, e-mail, pushes) on {@code --http-port};</li>
 * <li>a fake FCM (HTTP v1 + its OAuth token endpoint) under {@code /fcm} of {@code --http-port}, with a fresh
 * service-account key file {@code <dir>/fcm-service-account.json};</li>
 * <li>fake payment providers (Wave, Orange Money, MTN MoMo, Stripe) on {@code --providers-port}, under
 * /wave, /orange, /mtn, /stripe, sending signed webhooks to {@code --providers-callback-url}.</li>
 * </ul>
 * Prints one line starting with {@code DEVSTACK READY} on stdout once everything accepts connections
 * (logs go to stderr), and stops cleanly on SIGTERM / Ctrl-C.
 */
public final class DevStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DevStack.class);
    public static final String READY_MARKER = "DEVSTACK READY";

    private final DevStackConfig config;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final SmsStore sms = new SmsStore();
    private String kafkaBootstrap = "disabled";
    private String s3Endpoint;
    private String providersUrl;
    private FakeFcm fcm;
    private volatile boolean closed;

    private DevStack(DevStackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) {
        DevStackConfig config;
        try {
            config = DevStackConfig.parse(args, System.getenv());
        } catch (DevStackConfig.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("devstack: " + e.getMessage());
            }
            System.err.print(DevStackConfig.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        DevStack stack;
        try {
            stack = start(config);
        } catch (Exception | Error e) {
            log.error("devstack failed to start: {}", e.toString(), e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping devstack");
            stack.close();
            stopped.countDown();
        }, "devstack-shutdown"));
        System.out.println(stack.readyLine());
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts every server; on failure stops those already started and rethrows. */
    public static DevStack start(DevStackConfig config) throws Exception {
        DevStack stack = new DevStack(config);
        try {
            stack.startAll();
        } catch (Exception | Error e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    private void startAll() throws Exception {
        Files.createDirectories(config.dir());
        if (config.kafkaEnabled()) {
            Ports.requireFree(config.host(), config.kafkaPort(), "Kafka");
        }
        Ports.requireFree(config.host(), config.smtpPort(), "SMTP");
        Ports.requireFree(config.host(), config.s3Port(), "S3");
        Ports.requireFree(config.host(), config.httpPort(), "HTTP (SMS + inbox)");
        Ports.requireFree(config.host(), config.providersPort(), "payment providers");

        MailServer mail = MailServer.start(config);
        started.push(mail);
        S3Server s3 = S3Server.start(config);
        started.push(s3);
        s3Endpoint = s3.endpoint().toString();
        if (config.kafkaEnabled()) {
            KafkaBroker kafka = KafkaBroker.start(config);
            started.push(kafka);
            kafkaBootstrap = kafka.bootstrapServers();
        }
        ProvidersServer providers = ProvidersServer.start(config.host(), config.providersPort(), config.providers());
        started.push(providers);
        providersUrl = providers.url();
        fcm = FakeFcm.create("http://" + config.host() + ":" + config.httpPort(), config.dir());
        log.info("fake FCM: service-account key file {}", fcm.keyFile());
        started.push(DevHttpServer.start(config, sms, mail, fcm, endpointLines()));
    }

    private List<String> endpointLines() {
        String http = "http://" + config.host() + ":" + config.httpPort();
        List<String> lines = new ArrayList<>();
        lines.add("SMS (Orange's API): POST " + http + "/oauth/v3/token (Basic " + config.smsClient().id()
                + ":<SMS_CLIENT_SECRET>), POST " + http + "/smsmessaging/v1/outbound/tel%3A%2B2250000/requests, GET "
                + http + "/sms/admin/v1/contracts");
        lines.add("SMTP: " + config.host() + ":" + config.smtpPort() + " (no auth)");
        lines.add("S3: " + s3Endpoint + " (path-style, region us-east-1, " + config.s3Identity() + " / "
                + config.s3Credential() + ", buckets " + String.join(", ", DevStackConfig.BUCKETS) + ")");
        lines.add("Kafka: " + kafkaBootstrap);
        lines.add("Payment providers: " + providersUrl + "/ (Wave /wave, Orange /orange, MTN /mtn, Stripe /stripe; "
                + "webhooks to " + config.providers().callbackBaseUrl() + ")");
        lines.add("FCM: POST " + fcm.baseUrl() + "/v1/projects/allocar-dev/messages:send (key file " + fcm.keyFile()
                + ", token_uri " + fcm.tokenUri() + "; tokens unregistered-, mismatch-, invalid-, quota-, unavailable-, internal-,"
                + " thirdparty- answer FCM's errors)");
        lines.add("JSON: GET " + http + "/api/sms?to=+225..., GET " + http + "/api/mail?to=a@b.c, GET " + http
                + "/api/push?token=..., DELETE " + http + "/api/messages");
        return lines;
    }

    /** The single stdout line that tells the launcher everything is up. */
    public String readyLine() {
        return READY_MARKER
                + " kafka=" + kafkaBootstrap
                + " smtp=" + config.host() + ":" + config.smtpPort()
                + " s3=" + s3Endpoint
                + " sms=http://" + config.host() + ":" + config.httpPort()
                + " inbox=http://" + config.host() + ":" + config.httpPort() + "/"
                + " providers=" + providersUrl
                + " fcm=" + (fcm == null ? "disabled" : fcm.baseUrl() + " fcm-key=" + fcm.keyFile())
                + " dir=" + config.dir();
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrap;
    }

    /** Base URL of the fake payment providers ({@code /wave}, {@code /orange}, {@code /mtn}, {@code /stripe} below it). */
    public String providersUrl() {
        return providersUrl;
    }

    /** The fake FCM: its base URL, key file and accepted pushes. */
    public FakeFcm fcm() {
        return fcm;
    }

    public String s3Endpoint() {
        return s3Endpoint;
    }

    public DevStackConfig config() {
        return config;
    }

    /** Stops the servers in the reverse order of their start. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        while (!started.isEmpty()) {
            AutoCloseable server = started.pop();
            try {
                server.close();
            } catch (Exception e) {
                log.warn("stopping {}: {}", server.getClass().getSimpleName(), e.toString());
            }
        }
        log.info("devstack stopped");
    }
}
