// Generates the fleet's secrets as an env file on standard output (one NAME=value a line, values on one line).
// Run with the JDK alone, no build:  java scripts/Secrets.java [--compose]
//
// Always: one ES256 key per service (<SERVICE>_PRIVATE_KEY, base64 PKCS#8), the fleet's public keys
// (ALLOCAR_SERVICE_TRUSTED_KEYS), identity's RS256 signing key (ALLOCAR_JWT_PRIVATE_KEY_PEM, base64 PKCS#8) and
// OTP pepper (ALLOCAR_OTP_PEPPER). With --compose also what a non-local profile requires and devstack's fakes read
// (SMS_CLIENT_ID / SMS_CLIENT_SECRET, the payment providers' keys) and a PostgreSQL password per service role (<SCHEMA>_DB_PASSWORD):
// random values both sides take from the same file.
// Used by ./allocar up (a fresh set per up, in .run/dev/secrets.env) and ./allocar secrets (.env for docker compose).
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

public class Secrets {

    static final List<String> SERVICES = List.of("identity-service", "trip-service", "booking-service", "payment-service",
            "wallet-service", "messaging-service", "notification-service", "admin-service");
    static final List<String> COMPOSE_RANDOM = List.of("SMS_CLIENT_ID", "SMS_CLIENT_SECRET", "WAVE_API_KEY", "WAVE_WEBHOOK_SECRET", "OM_CLIENT_ID",
            "OM_CLIENT_SECRET", "OM_MERCHANT_KEY", "MTN_COLLECTION_SUBSCRIPTION_KEY", "MTN_API_KEY",
            "MTN_DISBURSEMENT_SUBSCRIPTION_KEY", "MTN_DISBURSEMENT_API_KEY", "STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET");
    static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws Exception {
        boolean compose = List.of(args).contains("--compose");
        var b64 = Base64.getEncoder();
        System.out.println("# AlloCar secrets, generated " + java.time.Instant.now() + " by scripts/Secrets.java. Never commit this file.");
        List<String> trusted = new ArrayList<>();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        for (String service : SERVICES) {
            var pair = ec.generateKeyPair();
            System.out.println(envName(service) + "_PRIVATE_KEY=" + b64.encodeToString(pair.getPrivate().getEncoded()));
            trusted.add(service + "=" + b64.encodeToString(pair.getPublic().getEncoded()));
        }
        System.out.println("ALLOCAR_SERVICE_TRUSTED_KEYS=" + String.join(",", trusted));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        System.out.println("ALLOCAR_JWT_PRIVATE_KEY_PEM=" + b64.encodeToString(rsa.generateKeyPair().getPrivate().getEncoded()));
        System.out.println("ALLOCAR_OTP_PEPPER=" + token());
        if (compose) {
            // one PostgreSQL role per service schema (scripts/db-init.sh reads ALLOCAR_DB_PASSWORD_<SCHEMA>)
            for (String service : SERVICES) {
                System.out.println(envName(service).replace("_SERVICE", "") + "_DB_PASSWORD=" + token());
            }
            for (String name : COMPOSE_RANDOM) {
                System.out.println(name + "=" + token());
            }
            // MTN's API users are UUIDs (X-Reference-Id)
            System.out.println("MTN_API_USER=" + UUID.randomUUID());
            System.out.println("MTN_DISBURSEMENT_API_USER=" + UUID.randomUUID());
        }
    }

    /** identity-service → IDENTITY_SERVICE */
    static String envName(String service) {
        return service.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    }

    static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
