package com.allocar.platform.sms;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Orange's SMS API (developer.orange.com, "SMS Côte d'Ivoire" and the other countries):
 * <ul>
 * <li>token: {@code POST /oauth/v3/token}, {@code Authorization: Basic base64(client_id:client_secret)}, form
 * {@code grant_type=client_credentials} → {@code {"token_type":"Bearer","access_token":…,"expires_in":"3600"}}
 * ({@code expires_in} is a string); kept by {@link OrangeTokens}, and refreshed once when the API answers 401;</li>
 * <li>send: {@code POST /smsmessaging/v1/outbound/{senderAddress, URL-encoded}/requests} with
 * {@code {"outboundSMSMessageRequest":{"address":"tel:+225…","senderAddress":"tel:+2250000","senderName":…,
 * "outboundSMSTextMessage":{"message":…}}}} → 201, the request echoed with its {@code resourceURL}, whose last
 * segment is the message's id;</li>
 * <li>balance: {@code GET /sms/admin/v1/contracts} → the contracts, each with its {@code availableUnits}.</li>
 * </ul>
 * Failures: {@link OrangeFailures}. The wire names are Orange's camelCase, so the JSON is written by a mapper of its
 * own, not the service's (snake_case) one.
 */
public final class OrangeSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(OrangeSmsGateway.class);

    static final String TOKEN_PATH = "/oauth/v3/token";
    static final String CONTRACTS_PATH = "/sms/admin/v1/contracts";
    private static final Pattern SENDER_ADDRESS = Pattern.compile("^tel:\\+[1-9]\\d{3,14}$");

    private final JsonMapper json = JsonMapper.builder().build();
    private final RestClient http;
    private final OrangeTokens tokens;
    private final URI tokenUri;
    private final URI sendUri;
    private final URI contractsUri;
    private final String basicAuthorization;
    private final String senderAddress;
    private final String senderName;

    public OrangeSmsGateway(SmsProperties props) {
        this(props, Clock.systemUTC());
    }

    OrangeSmsGateway(SmsProperties props, Clock clock) {
        String base = require(props.baseUrl(), "allocar.sms.base-url").replaceAll("/+$", "");
        String clientId = require(props.clientId(), "allocar.sms.client-id");
        String clientSecret = require(props.clientSecret(), "allocar.sms.client-secret");
        if (props.senderAddress() == null || !SENDER_ADDRESS.matcher(props.senderAddress()).matches()) {
            throw new IllegalArgumentException("allocar.sms.sender-address must read tel:+<country code>0000, got "
                    + props.senderAddress());
        }
        this.senderAddress = props.senderAddress();
        this.senderName = props.senderName() == null || props.senderName().isBlank() ? null : props.senderName().strip();
        this.basicAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        this.tokenUri = URI.create(base + TOKEN_PATH);
        // encoded here, once: a URI template would encode the '%' of "tel%3A%2B…" a second time
        this.sendUri = URI.create(base + "/smsmessaging/v1/outbound/"
                + URLEncoder.encode(senderAddress, StandardCharsets.UTF_8) + "/requests");
        this.contractsUri = URI.create(base + CONTRACTS_PATH);
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(props.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(props.readTimeout());
        this.http = RestClient.builder().requestFactory(factory).build();
        this.tokens = new OrangeTokens(this::fetchToken, clock);
    }

    @Override
    public String send(String toE164, String text) {
        ObjectNode body = json.createObjectNode();
        ObjectNode request = body.putObject("outboundSMSMessageRequest");
        request.put("address", toE164.startsWith("tel:") ? toE164 : "tel:" + toE164);
        request.put("senderAddress", senderAddress);
        if (senderName != null) {
            request.put("senderName", senderName);
        }
        request.putObject("outboundSMSTextMessage").put("message", text);
        byte[] bytes = json.writeValueAsBytes(body);
        Answer answer = authorized("send", token -> http.post().uri(sendUri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .body(bytes));
        if (answer.status() / 100 != 2) {
            throw OrangeFailures.of("send", answer.status(), answer.text(), json);
        }
        String id = messageId(answer.text());
        if (id == null) {
            // accepted all the same: sending it again would deliver it twice
            log.warn("Orange accepted an SMS ({}) without a resourceURL: no provider id", answer.status());
        }
        return id;
    }

    @Override
    public SmsBalance balance() {
        Answer answer = authorized("contracts", token -> http.get().uri(contractsUri)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .accept(MediaType.APPLICATION_JSON));
        if (answer.status() != 200) {
            throw OrangeFailures.of("contracts", answer.status(), answer.text(), json);
        }
        JsonNode contracts = read(answer.text(), "contracts");
        if (!contracts.isArray()) {
            throw new SmsUnavailable("Orange contracts: expected a list, got " + OrangeFailures.describe(answer.text(), json), null);
        }
        long units = 0;
        Instant first = null;
        for (JsonNode contract : contracts.values()) {
            String status = contract.path("status").asString("ACTIVE");
            if (!"ACTIVE".equalsIgnoreCase(status)) {
                continue;
            }
            units += contract.path("availableUnits").asLong(0);
            Instant expires = instant(contract.path("expirationDate").asString(null));
            if (expires != null && (first == null || expires.isBefore(first))) {
                first = expires;
            }
        }
        return new SmsBalance(units, first);
    }

    /** One call with the current token; on a 401 the token is dropped and the call made once more with a fresh one. */
    private Answer authorized(String call, Function<String, RestClient.RequestHeadersSpec<?>> request) {
        String token = tokens.current();
        Answer answer = exchange(call, request.apply(token));
        if (answer.status() == 401) {
            tokens.rejected(token);
            answer = exchange(call, request.apply(tokens.current()));
        }
        return answer;
    }

    private OrangeTokens.Grant fetchToken() {
        Answer answer = exchange("token", http.post().uri(tokenUri)
                .header(HttpHeaders.AUTHORIZATION, basicAuthorization)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .accept(MediaType.APPLICATION_JSON)
                .body("grant_type=client_credentials"));
        if (answer.status() != 200) {
            // our credentials, not the message: whoever fixes them makes the next try work
            throw new SmsUnavailable("Orange token answered " + answer.status() + ": "
                    + OrangeFailures.describe(answer.text(), json), null);
        }
        JsonNode grant = read(answer.text(), "token");
        String token = grant.path("access_token").asString(null);
        JsonNode expiresIn = grant.path("expires_in");
        long seconds;
        try {
            // a string ("3600") in Orange's answers; a number is read too
            seconds = expiresIn.isNumber() ? expiresIn.asLong() : Long.parseLong(expiresIn.asString("").strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (token == null || token.isBlank() || seconds <= 0) {
            throw new SmsUnavailable("Orange token: no access_token / expires_in in " + answer.text(), null);
        }
        return new OrangeTokens.Grant(token, Duration.ofSeconds(seconds));
    }

    private Answer exchange(String call, RestClient.RequestHeadersSpec<?> request) {
        try {
            return request.exchange((req, res) -> new Answer(res.getStatusCode().value(), res.getBody().readAllBytes()));
        } catch (ResourceAccessException e) {
            Throwable cause = e.getMostSpecificCause();
            throw new SmsUnavailable("Orange " + call + " unreachable: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()), e);
        } catch (RestClientException e) {
            throw new SmsUnavailable("Orange " + call + ": " + e.getMessage(), e);
        }
    }

    private JsonNode read(String body, String call) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new SmsUnavailable("Orange " + call + ": not JSON: " + OrangeFailures.describe(body, json), e);
        }
    }

    /** The last path segment of {@code resourceURL}: Orange's id of the request. */
    private String messageId(String body) {
        try {
            String url = json.readTree(body).path("outboundSMSMessageRequest").path("resourceURL").asString(null);
            if (url == null || url.isBlank()) {
                return null;
            }
            String path = url.replaceAll("[?#].*$", "").replaceAll("/+$", "");
            String id = path.substring(path.lastIndexOf('/') + 1);
            return id.isEmpty() ? null : id;
        } catch (JacksonException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String require(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(property + " must be set");
        }
        return value;
    }

    private record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
