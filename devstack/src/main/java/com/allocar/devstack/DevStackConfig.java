package com.allocar.devstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.allocar.devstack.providers.ProviderKeys;

/**
 * Command-line options of {@link DevStack}. Every option is {@code --name=value}; flags are {@code --name}.
 *
 * @param host              address every server binds to (127.0.0.1 locally, 0.0.0.0 in a container)
 * @param kafkaEnabled      false with {@code --no-kafka} (docker-compose runs the apache/kafka image instead)
 * @param kafkaPort         the broker's PLAINTEXT listener
 * @param kafkaControllerPort the KRaft controller listener, 0 = any free port (only this process talks to it)
 * @param kafkaAdvertisedHost host name the broker tells clients to use
 * @param smtpPort          GreenMail SMTP
 * @param s3Port            S3Proxy
 * @param s3Identity        S3 access key id
 * @param s3Credential      S3 secret access key
 * @param httpPort          fake SMS aggregator (Orange's SMS API) + dev inbox
 * @param smsClient         the OAuth client the fake SMS aggregator expects (Basic on /oauth/v3/token)
 * @param dir               data directory (Kafka logs under dir/kafka, S3 objects under dir/s3)
 * @param providersPort     the fake payment providers (Wave, Orange Money, MTN MoMo, Stripe) under /wave, /orange…
 * @param providers         the keys the fake providers expect and where they send webhooks
 */
public record DevStackConfig(
        String host,
        boolean kafkaEnabled,
        int kafkaPort,
        int kafkaControllerPort,
        String kafkaAdvertisedHost,
        int smtpPort,
        int s3Port,
        String s3Identity,
        String s3Credential,
        int httpPort,
        SmsClient smsClient,
        Path dir,
        int providersPort,
        ProviderKeys providers) {

    /** What identity's and notification's local / test configuration send (SMS_CLIENT_ID, SMS_CLIENT_SECRET). */
    public static final SmsClient DEFAULT_SMS_CLIENT = new SmsClient("dev-sms-client", "dev-sms-secret");
    /** The gateway of ./allocar up: payment providers send their webhooks there. */
    public static final String DEFAULT_PROVIDERS_CALLBACK_URL = "http://127.0.0.1:8080";
    public static final String S3_IDENTITY = "allocar";
    public static final String S3_CREDENTIAL = "allocar-secret";
    /** Buckets created at start. Objects of the public ones are readable without a signature (a bucket policy). */
    public static final List<String> BUCKETS = List.of("allocar-public", "allocar-kyc");
    public static final List<String> PUBLIC_READ_BUCKETS = List.of("allocar-public");

    static final String USAGE = """
            usage: java -jar devstack.jar [options]
              --kafka-port=9092             Kafka PLAINTEXT listener
              --kafka-controller-port=0     KRaft controller listener (0 = any free port)
              --kafka-advertised-host=HOST  host advertised to Kafka clients (default: --host, or 127.0.0.1 for 0.0.0.0)
              --no-kafka                    do not start Kafka
              --smtp-port=3025              SMTP (GreenMail), no auth, any sender/recipient
              --s3-port=9000                S3 (S3Proxy, SigV4), identity allocar / credential allocar-secret
              --http-port=8025              fake SMS aggregator (Orange's SMS API: /oauth/v3/token,
                                            /smsmessaging/v1/outbound/…/requests, /sms/admin/v1/contracts) + dev inbox (GET /)
              --providers-port=8090         fake payment providers: /wave, /orange, /mtn, /stripe (+ /_dev/ payer pages)
              --providers-callback-url=URL  where the fake providers send webhooks (default http://127.0.0.1:8080,
                                            the gateway); e.g. Wave → URL/api/v1/payments/webhook/wave
              --dir=.run/devstack           data directory (Kafka logs, S3 objects)
              --host=127.0.0.1              bind address (0.0.0.0 in a container)
            environment: SMS_CLIENT_ID, SMS_CLIENT_SECRET (default dev-sms-client / dev-sms-secret), the OAuth client
              the fake SMS aggregator expects;
              the providers' keys, read like payment-service reads them (defaults = its local profile):
              WAVE_API_KEY, WAVE_WEBHOOK_SECRET, OM_CLIENT_ID, OM_CLIENT_SECRET, OM_MERCHANT_KEY,
              MTN_COLLECTION_SUBSCRIPTION_KEY, MTN_API_USER, MTN_API_KEY, MTN_DISBURSEMENT_SUBSCRIPTION_KEY,
              MTN_DISBURSEMENT_API_USER, MTN_DISBURSEMENT_API_KEY, STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET
            """;

    public static DevStackConfig defaults() {
        return new DevStackConfig("127.0.0.1", true, 9092, 0, null, 3025, 9000, S3_IDENTITY, S3_CREDENTIAL, 8025,
                DEFAULT_SMS_CLIENT, Path.of(".run", "devstack"), 8090,
                ProviderKeys.fromEnv(Map.of(), DEFAULT_PROVIDERS_CALLBACK_URL));
    }

    /** Parses {@code args}; the SMS client comes from {@code env} (SMS_CLIENT_ID, SMS_CLIENT_SECRET). */
    public static DevStackConfig parse(String[] args, Map<String, String> env) {
        DevStackConfig c = defaults();
        String host = c.host;
        boolean kafka = c.kafkaEnabled;
        int kafkaPort = c.kafkaPort;
        int controllerPort = c.kafkaControllerPort;
        String advertised = null;
        int smtp = c.smtpPort;
        int s3 = c.s3Port;
        int http = c.httpPort;
        int providers = c.providersPort;
        String callbackUrl = DEFAULT_PROVIDERS_CALLBACK_URL;
        Path dir = c.dir;
        for (String arg : args) {
            if (arg.equals("--no-kafka")) {
                kafka = false;
                continue;
            }
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(null);
            }
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new UsageException("unknown argument: " + arg);
            }
            String name = arg.substring(2, eq);
            String value = arg.substring(eq + 1);
            switch (name) {
                case "kafka-port" -> kafkaPort = port(name, value, false);
                case "kafka-controller-port" -> controllerPort = port(name, value, true);
                case "kafka-advertised-host" -> advertised = nonBlank(name, value);
                case "smtp-port" -> smtp = port(name, value, false);
                case "s3-port" -> s3 = port(name, value, false);
                case "http-port" -> http = port(name, value, false);
                case "providers-port" -> providers = port(name, value, false);
                case "providers-callback-url" -> callbackUrl = url(name, value);
                case "dir" -> dir = Path.of(nonBlank(name, value));
                case "host" -> host = nonBlank(name, value);
                default -> throw new UsageException("unknown option: --" + name);
            }
        }
        if (advertised == null) {
            advertised = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        }
        SmsClient sms = new SmsClient(orDefault(env, "SMS_CLIENT_ID", DEFAULT_SMS_CLIENT.id()),
                orDefault(env, "SMS_CLIENT_SECRET", DEFAULT_SMS_CLIENT.secret()));
        return new DevStackConfig(host, kafka, kafkaPort, controllerPort, advertised, smtp, s3, S3_IDENTITY,
                S3_CREDENTIAL, http, sms, dir.toAbsolutePath().normalize(), providers, ProviderKeys.fromEnv(env, callbackUrl));
    }

    private static String orDefault(Map<String, String> env, String name, String fallback) {
        String value = env.getOrDefault(name, "");
        return value.isBlank() ? fallback : value;
    }

    private static int port(String name, String value, boolean zeroAllowed) {
        try {
            int port = Integer.parseInt(value);
            if (port < (zeroAllowed ? 0 : 1) || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a port number, got '" + value + "'");
        }
    }

    private static String url(String name, String value) {
        try {
            java.net.URI uri = java.net.URI.create(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + name + " must be an http(s) URL, got '" + value + "'");
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }

    private static String nonBlank(String name, String value) {
        if (value.isBlank()) {
            throw new UsageException("--" + name + " must not be empty");
        }
        return value;
    }

    /** The OAuth client (Orange's {@code client_id} / {@code client_secret}) the fake SMS aggregator accepts. */
    public record SmsClient(String id, String secret) {
    }

    /** A bad command line; a null message means "print the usage only". */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
