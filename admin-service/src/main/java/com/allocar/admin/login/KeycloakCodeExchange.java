package com.allocar.admin.login;

import java.time.Duration;
import java.util.Map;

import com.allocar.admin.config.AdminProperties;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Keycloak's token endpoint for the admin console's public client: an authorization code (with the PKCE verifier that
 * only the console that asked for it holds) or a refresh token becomes tokens. Keycloak's {@code invalid_grant} (a code
 * used twice, expired, for another redirect URI, a wrong verifier) is 401 {@code auth_required}; Keycloak unreachable
 * is 503 — never a 500.
 */
@Component
public class KeycloakCodeExchange {

    private static final Logger log = LoggerFactory.getLogger(KeycloakCodeExchange.class);

    /** What Keycloak answers, as it names it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tokens(@JsonProperty("access_token") String accessToken, @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("id_token") String idToken, @JsonProperty("expires_in") long expiresIn,
                         @JsonProperty("refresh_expires_in") long refreshExpiresIn, @JsonProperty("token_type") String tokenType) {
    }

    private final RestClient http;
    private final String clientId;

    KeycloakCodeExchange(AdminProperties props) {
        var factory = ClientHttpRequestFactoryBuilder.jdk().build(HttpClientSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        this.http = RestClient.builder().baseUrl(props.staff().issuer() + "/protocol/openid-connect/token").requestFactory(factory).build();
        this.clientId = props.staff().consoleClientId();
    }

    public Tokens code(String code, String verifier, String redirectUri) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "authorization_code");
        form.add("client_id", clientId);
        form.add("code", code);
        form.add("code_verifier", verifier);
        form.add("redirect_uri", redirectUri);
        return post(form);
    }

    public Tokens refresh(String refreshToken) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", clientId);
        form.add("refresh_token", refreshToken);
        return post(form);
    }

    private Tokens post(LinkedMultiValueMap<String, String> form) {
        try {
            Tokens t = http.post().contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().body(Tokens.class);
            if (t == null || t.accessToken() == null) {
                throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Keycloak answered no token", Map.of("reason", "keycloak_unavailable"));
            }
            return t;
        } catch (HttpClientErrorException e) {
            // 400 invalid_grant / invalid_request, 401 invalid_client: the console's grant is not good, not our fault
            String error = e.getResponseBodyAs(Map.class) instanceof Map<?, ?> m && m.get("error") instanceof String s ? s : "invalid_grant";
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "Keycloak refused the sign-in: start again from the console",
                    Map.of("reason", error));
        } catch (RestClientException e) {
            log.warn("Keycloak's token endpoint cannot be reached: {}", e.toString());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "Staff sign-in is unavailable right now", Map.of("reason", "keycloak_unavailable"));
        }
    }
}
