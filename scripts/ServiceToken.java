// Prints a service token, as <caller> would send it to <callee>'s /internal/** API (header X-Service-Token), signed
// with the caller's key from a secrets file written by ./allocar (default .run/dev/secrets.env). For a person trying
// an internal route locally, e.g. reviewing a KYC document as admin-service would:
//
//   curl -H "X-Service-Token: $(java scripts/ServiceToken.java admin-service identity-service)" \
//        localhost:8081/internal/kyc/pending
//
// The token lives 60 s, like the ones the services mint (platform ServiceTokens).
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.UUID;

public class ServiceToken {

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java scripts/ServiceToken.java <caller> <callee> [secrets file]");
            System.exit(2);
        }
        String caller = args[0];
        String callee = args[1];
        Path file = Path.of(args.length == 3 ? args[2] : ".run/dev/secrets.env");
        String name = caller.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PRIVATE_KEY=";
        String key = Files.readAllLines(file).stream().filter(l -> l.startsWith(name)).map(l -> l.substring(name.length()))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no " + name + " in " + file));
        var pkcs8 = new PKCS8EncodedKeySpec(Base64.getDecoder().decode(key));
        long now = System.currentTimeMillis() / 1000;
        var url = Base64.getUrlEncoder().withoutPadding();
        String header = "{\"alg\":\"ES256\",\"kid\":\"" + caller + "\",\"typ\":\"service+jwt\"}";
        String claims = "{\"iss\":\"" + caller + "\",\"aud\":\"" + callee + "\",\"iat\":" + now + ",\"exp\":" + (now + 60)
                + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = url.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initSign(KeyFactory.getInstance("EC").generatePrivate(pkcs8));
        es256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + url.encodeToString(es256.sign()));
    }
}
