package com.allocar.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.ServiceProcess;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestStaff;
import com.allocar.platform.testing.TestServiceKeys;

/**
 * The packaged services, started once per test JVM as real processes on the test infrastructure,
 * exactly as {@code ./allocar up} starts them ({@link ServiceProcess}), and stopped when the JVM exits. Logs go to
 * {@code e2e-tests/target/fleet/<service>.log}.
 */
final class Fleet {

    static final int GATEWAY_PORT = 18080;
    static final int IDENTITY_PORT = 18081;
    static final int TRIP_PORT = 18082;
    static final int BOOKING_PORT = 18083;
    static final int PAYMENT_PORT = 18084;
    static final int WALLET_PORT = 18085;
    static final int MESSAGING_PORT = 18086;
    /** A second messaging-service instance, beside the one the gateway routes to: the fan-out across instances. */
    static final int MESSAGING_2_PORT = 18096;
    static final int NOTIFICATION_PORT = 18087;
    /** A second notification-service instance: reminders and deliveries must still happen once. */
    static final int NOTIFICATION_2_PORT = 18097;
    static final int ADMIN_PORT = 18088;
    static final String PAYMENT = "http://127.0.0.1:" + PAYMENT_PORT;
    static final String IDENTITY = "http://127.0.0.1:" + IDENTITY_PORT;
    static final String GATEWAY = "http://127.0.0.1:" + GATEWAY_PORT;

    private static final List<ServiceProcess> PROCESSES = new ArrayList<>();
    private static boolean started;

    private Fleet() {
    }

    static synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        String jdbc = TestInfra.JDBC_BASE;
        launch("identity-service", IDENTITY_PORT, withSecrets(FleetService.IDENTITY, List.of(
                "--spring.datasource.url=" + jdbc + "?currentSchema=identity",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                "--spring.mail.port=" + TestInfra.SMTP_PORT,
                "--allocar.sms.base-url=" + TestInfra.DEVSTACK_HTTP,
                "--allocar.storage.endpoint=" + TestInfra.S3,
                "--allocar.jobs.enabled=false")));
        launch("trip-service", TRIP_PORT, withSecrets(FleetService.TRIP, List.of(
                "--spring.datasource.url=" + jdbc + "?currentSchema=trip,public",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                "--allocar.security.jwks-uri=" + IDENTITY + "/.well-known/jwks.json",
                "--allocar.jobs.enabled=false")));
        launch("booking-service", BOOKING_PORT, withSecrets(FleetService.BOOKING, List.of(
                "--spring.datasource.url=" + jdbc + "?currentSchema=booking",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                // identity's revoke list: the same Redis database identity writes
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                "--allocar.security.jwks-uri=" + IDENTITY + "/.well-known/jwks.json",
                "--allocar.booking.trip-service.base-url=http://127.0.0.1:" + TRIP_PORT,
                "--allocar.jobs.enabled=false")));
        launch("payment-service", PAYMENT_PORT, withSecrets(FleetService.PAYMENT, List.of(
                // the local profile holds the dev keys devstack's fake providers expect (same defaults, same env vars)
                "--spring.profiles.active=local",
                "--spring.datasource.url=" + jdbc + "?currentSchema=payment",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                // identity's revoke list: the same Redis database identity writes
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                "--allocar.security.jwks-uri=" + IDENTITY + "/.well-known/jwks.json",
                "--allocar.payment.booking-base-url=http://127.0.0.1:" + BOOKING_PORT,
                "--allocar.payment.wallet-base-url=http://127.0.0.1:" + WALLET_PORT,
                // providers call the gateway back (notif_url, X-Callback-Url); devstack's fakes deliver there too
                "--allocar.payment.public-base-url=" + GATEWAY,
                "--allocar.payment.wave.base-url=" + TestInfra.PROVIDERS + "/wave",
                "--allocar.payment.orange.base-url=" + TestInfra.PROVIDERS + "/orange",
                "--allocar.payment.mtn.base-url=" + TestInfra.PROVIDERS + "/mtn",
                "--allocar.payment.stripe.base-url=" + TestInfra.PROVIDERS + "/stripe",
                // payouts are run by the test through /internal/payouts/run
                "--allocar.jobs.enabled=false")));
        launch("wallet-service", WALLET_PORT, withSecrets(FleetService.WALLET, List.of(
                "--spring.datasource.url=" + jdbc + "?currentSchema=wallet",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                // identity's revoke list: the same Redis database identity writes
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                "--allocar.security.jwks-uri=" + IDENTITY + "/.well-known/jwks.json",
                "--allocar.wallet.payment-service.url=" + PAYMENT,
                "--allocar.jobs.enabled=false")));
        List<String> messaging = withSecrets(FleetService.MESSAGING, List.of(
                "--spring.datasource.url=" + jdbc + "?currentSchema=messaging",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                // identity's revoke list: the same Redis database identity writes
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                "--allocar.security.jwks-uri=" + IDENTITY + "/.well-known/jwks.json",
                "--allocar.messaging.booking-service.base-url=http://127.0.0.1:" + BOOKING_PORT,
                "--allocar.messaging.storage.endpoint=" + TestInfra.S3,
                "--allocar.messaging.storage.access-key=allocar",
                "--allocar.messaging.storage.secret-key=allocar-secret"));
        launch("messaging-service", MESSAGING_PORT, messaging);
        launch("messaging-service", "messaging-service-2", MESSAGING_2_PORT, messaging);
        List<String> notification = withSecrets(FleetService.NOTIFICATION, List.of(
                "--spring.datasource.url=" + jdbc + "?currentSchema=notification",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                "--allocar.security.jwks-uri=" + IDENTITY + "/.well-known/jwks.json",
                "--spring.mail.port=" + TestInfra.SMTP_PORT,
                "--allocar.sms.base-url=" + TestInfra.DEVSTACK_HTTP,
                // the key file the test devstack wrote at start; its token_uri is the fake FCM's
                "--allocar.notification.push.credentials=" + root().resolve(".run/test/devstack/fcm-service-account.json").toAbsolutePath(),
                "--allocar.notification.push.base-url=" + TestInfra.DEVSTACK_HTTP + "/fcm",
                // the reminders job on both instances, often: a reminder due now goes within seconds, once
                "--allocar.notification.reminders.interval=PT3S"));
        launch("notification-service", NOTIFICATION_PORT, notification);
        launch("notification-service", "notification-service-2", NOTIFICATION_2_PORT, notification);
        launch("admin-service", ADMIN_PORT, withSecrets(FleetService.ADMIN, List.of(
                "--spring.datasource.url=" + jdbc + "?currentSchema=admin",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                // staff tokens of the test Keycloak (./allocar test starts it)
                "--allocar.admin.staff.issuer=" + TestStaff.issuer(),
                "--allocar.admin.identity-service.base-url=" + IDENTITY,
                "--allocar.admin.payment-service.base-url=" + PAYMENT,
                "--allocar.admin.wallet-service.base-url=http://127.0.0.1:" + WALLET_PORT,
                "--allocar.admin.trip-service.base-url=http://127.0.0.1:" + TRIP_PORT,
                "--allocar.admin.booking-service.base-url=http://127.0.0.1:" + BOOKING_PORT)));
        launch("gateway", GATEWAY_PORT, List.of(
                "--allocar.gateway.services.identity=" + IDENTITY,
                "--allocar.gateway.services.trip=http://127.0.0.1:" + TRIP_PORT,
                "--allocar.gateway.services.booking=http://127.0.0.1:" + BOOKING_PORT,
                "--allocar.gateway.services.payment=" + PAYMENT,
                "--allocar.gateway.services.wallet=http://127.0.0.1:" + WALLET_PORT,
                "--allocar.gateway.services.messaging=http://127.0.0.1:" + MESSAGING_PORT,
                "--allocar.gateway.services.notification=http://127.0.0.1:" + NOTIFICATION_PORT,
                "--allocar.gateway.services.admin=http://127.0.0.1:" + ADMIN_PORT,
                "--allocar.gateway.staff.issuer=" + TestStaff.issuer(),
                "--allocar.security.jwks-uri=http://127.0.0.1:" + IDENTITY_PORT + "/.well-known/jwks.json",
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                // every test client gets its own forwarded IP so per-IP limits do not couple tests
                "--allocar.gateway.trust-forwarded-for=true"));
        // all started at once (they boot in parallel), then awaited in start order, the gateway last
        PROCESSES.forEach(p -> p.awaitHealthy(Duration.ofSeconds(180)));
    }

    /**
     * The service's secrets, generated for this run (never a committed value): its service key and the fleet's public
     * keys, a database password; identity's signing key, OTP pepper and the OAuth client of devstack's SMS aggregator and the keys of its S3.
     */
    private static List<String> withSecrets(FleetService service, List<String> args) {
        List<String> all = new ArrayList<>(TestServiceKeys.args(service));
        // the test PostgreSQL trusts 127.0.0.1: any password will do, and none is committed
        all.add("--spring.datasource.password=" + UUID.randomUUID());
        if (service == FleetService.IDENTITY) {
            all.addAll(List.of("--allocar.identity.jwt.private-key-pem=" + TestServiceKeys.identitySigningKey(),
                    "--allocar.identity.otp.pepper=" + UUID.randomUUID(),
                    "--allocar.sms.client-id=dev-sms-client",
                    "--allocar.sms.client-secret=dev-sms-secret",
                    "--allocar.storage.access-key=allocar",
                    "--allocar.storage.secret-key=allocar-secret"));
        }
        if (service == FleetService.NOTIFICATION) {
            all.addAll(List.of("--allocar.sms.client-id=dev-sms-client", "--allocar.sms.client-secret=dev-sms-secret"));
        }
        all.addAll(args);
        return all;
    }

    /** The Authorization of the demo staff member with this role (a real Keycloak token), from an address of its own. */
    static String[] staff(String role) {
        return new String[] {"Authorization", TestHttp.bearer(TestStaff.token(role)), "X-Forwarded-For", "10.77.0." + role.length()};
    }

    /** An internal API call's header: {@code caller}'s service token for {@code callee}. */
    static String[] as(FleetService caller, FleetService callee) {
        return TestServiceKeys.header(caller, callee);
    }

    private static void launch(String service, int port, List<String> args) {
        launch(service, service, port, args);
    }

    private static Path root() {
        return Path.of(System.getProperty("allocar.root", ".."));
    }

    private static void launch(String service, String name, int port, List<String> args) {
        Path root = root();
        PROCESSES.add(ServiceProcess.start(name, root.resolve(service).resolve("target").resolve(service + ".jar"), port,
                List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"), args, Path.of("target", "fleet", name + ".log")));
    }
}
