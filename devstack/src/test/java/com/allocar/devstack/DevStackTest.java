package com.allocar.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import com.allocar.devstack.providers.ProviderKeys;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedGetObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;
import software.amazon.awssdk.services.s3.presigner.model.PutObjectPresignRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Starts one DevStack on free ports and talks to each server from the outside, as the services will. */
class DevStackTest {

    private static final DevStackConfig.SmsClient SMS_CLIENT = new DevStackConfig.SmsClient("test-sms-client", "test-sms-secret");
    private static final String SEND_PATH = "/smsmessaging/v1/outbound/tel%3A%2B2250000/requests";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path dir;

    private static DevStack stack;
    private static String http;

    @BeforeAll
    static void start() throws Exception {
        DevStackConfig config = new DevStackConfig("127.0.0.1", true, Ports.freePort("127.0.0.1"), 0, "127.0.0.1",
                Ports.freePort("127.0.0.1"), Ports.freePort("127.0.0.1"), DevStackConfig.S3_IDENTITY,
                DevStackConfig.S3_CREDENTIAL, Ports.freePort("127.0.0.1"), SMS_CLIENT, dir, Ports.freePort("127.0.0.1"),
                ProviderKeys.fromEnv(java.util.Map.of(), "http://127.0.0.1:1"));
        stack = DevStack.start(config);
        http = "http://127.0.0.1:" + config.httpPort();
    }

    @AfterAll
    static void stop() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void readyLineNamesEveryEndpoint() {
        DevStackConfig c = stack.config();
        assertThat(stack.readyLine())
                .startsWith("DEVSTACK READY ")
                .contains("kafka=127.0.0.1:" + c.kafkaPort())
                .contains("smtp=127.0.0.1:" + c.smtpPort())
                .contains("s3=http://127.0.0.1:" + c.s3Port())
                .contains("inbox=http://127.0.0.1:" + c.httpPort() + "/")
                .contains("sms=http://127.0.0.1:" + c.httpPort() + " ")
                .contains("providers=http://127.0.0.1:" + c.providersPort())
                .doesNotContain("\n");
    }

    @Test
    void paymentProvidersAnswerOnTheirPort() throws Exception {
        String providers = stack.providersUrl();
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(providers + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.body()).contains("UP");
        // Wave's API is there and checks the key payment-service's local profile sends
        HttpResponse<String> noKey = HTTP.send(HttpRequest.newBuilder(URI.create(providers + "/wave/v1/checkout/sessions"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noKey.statusCode()).isEqualTo(401);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(providers + "/wave/v1/checkout/sessions"))
                .header("Authorization", "Bearer wave_sn_dev_local").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"1000\",\"currency\":\"XOF\",\"success_url\":\"https://a.b/s\",\"error_url\":\"https://a.b/e\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(getText("/")).contains("<a href=\"" + providers + "/\">"); // the inbox page links them
    }

    // ---------------------------------------------------------------- Kafka

    @Test
    void kafkaProducerAndConsumerRoundTrip() throws Exception {
        String topic = "devstack.test." + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            // the topic does not exist: auto-creation must kick in
            RecordMetadata sent = producer.send(new ProducerRecord<>(topic, key, "{\"hello\":\"kafka\"}"))
                    .get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(sent.partition()).isZero();
        }

        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers());
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "devstack-test-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plusSeconds(60);
            while (received.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
            consumer.commitSync(); // group coordinator (__consumer_offsets, replication 1) works too
        }
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().key()).isEqualTo(key);
        assertThat(received.getFirst().value()).isEqualTo("{\"hello\":\"kafka\"}");
    }

    // ---------------------------------------------------------------- SMTP + /api/mail

    @Test
    void mailSentOverSmtpShowsUpInTheInboxApi() throws Exception {
        String to = "awa." + UUID.randomUUID() + "@example.com";
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(stack.config().smtpPort()));
        Session session = Session.getInstance(props);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("no-reply@allocar.ci", "AlloCar"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Vérifiez votre adresse e-mail", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Bonjour Awa,\nvotre code est 482913.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>Bonjour Awa,<br>votre code est <b>482913</b>.</p>", "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        message.setContent(alternative);
        Transport.send(message);

        JsonNode mails = getJson("/api/mail?to=" + to);
        assertThat(mails.size()).isEqualTo(1);
        JsonNode mail = mails.get(0);
        assertThat(mail.get("id").stringValue()).isNotBlank();
        assertThat(mail.get("to").stringValue()).isEqualTo(to);
        assertThat(mail.get("from").stringValue()).isEqualTo("AlloCar <no-reply@allocar.ci>");
        assertThat(mail.get("subject").stringValue()).isEqualTo("Vérifiez votre adresse e-mail");
        assertThat(mail.get("body").stringValue()).isEqualTo("Bonjour Awa,\nvotre code est 482913.");
        assertThat(Instant.parse(mail.get("received_at").stringValue())).isBefore(Instant.now().plusSeconds(1));

        assertThat(getJson("/api/mail?to=nobody@example.com").size()).isZero();
        assertThat(getText("/")).contains(to).contains("Vérifiez votre adresse e-mail");
    }

    // ---------------------------------------------------------------- fake SMS aggregator (Orange's API) + /api/sms

    @Test
    void smsThroughOrangesApiIsAcceptedCountedAndListed() throws Exception {
        String phone = "+22507" + (10_000_000 + (int) (Math.random() * 89_999_999));
        long unitsBefore = availableUnits();
        HttpResponse<String> response = postSms(token(), SEND_PATH, smsBody("tel:" + phone, "Votre code AlloCar : 123456 <b>"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode echo = JSON.readTree(response.body()).get("outboundSMSMessageRequest");
        assertThat(echo.get("address").stringValue()).isEqualTo("tel:" + phone);
        assertThat(echo.get("senderAddress").stringValue()).isEqualTo("tel:+2250000");
        assertThat(echo.get("outboundSMSTextMessage").get("message").stringValue()).isEqualTo("Votre code AlloCar : 123456 <b>");
        String resource = echo.get("resourceURL").stringValue();
        assertThat(resource).startsWith(http + SEND_PATH + "/");
        assertThat(response.headers().firstValue("Location")).hasValue(resource);
        String id = resource.substring(resource.lastIndexOf('/') + 1);
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(availableUnits()).isEqualTo(unitsBefore - 1);

        // both a literal '+' and %2B mean the same number
        for (String query : List.of(phone, "%2B" + phone.substring(1))) {
            JsonNode list = getJson("/api/sms?to=" + query);
            assertThat(list.size()).isEqualTo(1);
            JsonNode sms = list.get(0);
            assertThat(sms.get("id").stringValue()).isEqualTo(id);
            assertThat(sms.get("to").stringValue()).isEqualTo(phone);
            assertThat(sms.get("from").stringValue()).as("the sender name").isEqualTo("AlloCar");
            assertThat(sms.get("text").stringValue()).isEqualTo("Votre code AlloCar : 123456 <b>");
            assertThat(sms.get("received_at").isString()).isTrue();
        }
        assertThat(getJson("/api/sms").size()).isPositive();
        // the inbox page lists it, HTML-escaped
        assertThat(getText("/")).contains(phone).contains("&lt;b&gt;").doesNotContain("123456 <b>")
                .contains("<meta http-equiv=\"refresh\" content=\"5\">");
    }

    @Test
    void smsListIsNewestFirst() throws Exception {
        String phone = "+2250102030405";
        String token = token();
        for (String text : List.of("first", "second", "third")) {
            assertThat(postSms(token, SEND_PATH, smsBody("tel:" + phone, text)).statusCode()).isEqualTo(201);
        }
        JsonNode list = getJson("/api/sms?to=" + phone);
        assertThat(List.of(list.get(0).get("text").stringValue(), list.get(1).get("text").stringValue(),
                list.get(2).get("text").stringValue())).containsExactly("third", "second", "first");
    }

    @Test
    void theTokenEndpointWantsTheClientsBasicCredentialsAndAForm() throws Exception {
        HttpResponse<String> wrongSecret = postToken(basic(SMS_CLIENT.id(), "wrong"), "application/x-www-form-urlencoded",
                "grant_type=client_credentials");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrongSecret.body()).get("error").stringValue()).isEqualTo("invalid_client");
        assertThat(postToken(null, "application/x-www-form-urlencoded", "grant_type=client_credentials").statusCode()).isEqualTo(401);
        HttpResponse<String> json = postToken(basic(SMS_CLIENT.id(), SMS_CLIENT.secret()), "application/json",
                "{\"grant_type\":\"client_credentials\"}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(json.body()).get("error").stringValue()).isEqualTo("invalid_request");
        HttpResponse<String> password = postToken(basic(SMS_CLIENT.id(), SMS_CLIENT.secret()), "application/x-www-form-urlencoded",
                "grant_type=password");
        assertThat(JSON.readTree(password.body()).get("error").stringValue()).isEqualTo("unsupported_grant_type");

        HttpResponse<String> granted = postToken(basic(SMS_CLIENT.id(), SMS_CLIENT.secret()), "application/x-www-form-urlencoded",
                "grant_type=client_credentials");
        assertThat(granted.statusCode()).isEqualTo(200);
        JsonNode grant = JSON.readTree(granted.body());
        assertThat(grant.get("token_type").stringValue()).isEqualTo("Bearer");
        assertThat(grant.get("expires_in").isString()).as("a string, like Orange's").isTrue();
        assertThat(grant.get("expires_in").stringValue()).isEqualTo("3600");
    }

    @Test
    void sendingWantsAnIssuedBearerAndTheSenderEncodedOnceInThePath() throws Exception {
        String body = smsBody("tel:+2250701020304", "hi");
        HttpResponse<String> noToken = postSms(null, SEND_PATH, body);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(noToken.body()).get("code").asInt()).isEqualTo(41);
        assertThat(postSms("not-issued", SEND_PATH, body).statusCode()).isEqualTo(401);

        String token = token();
        for (String path : List.of("/smsmessaging/v1/outbound/tel%253A%252B2250000/requests", // encoded twice
                "/smsmessaging/v1/outbound/tel:+2250000/requests",                             // not encoded
                "/smsmessaging/v1/outbound/tel%3A%2B2250001/requests")) {                     // not the body's sender
            HttpResponse<String> response = postSms(token, path, body);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(serviceException(response).get("variables").stringValue()).as(path).isEqualTo("senderAddress");
        }
        assertThat(postSms(token, "/sms/v1/messages", body).statusCode()).as("the old API is gone").isEqualTo(404);
    }

    @Test
    void invalidSmsRequestsAreRefusedLikeOrange() throws Exception {
        String token = token();
        String tooLong = "a".repeat(FakeOrangeSms.MAX_TEXT_LENGTH + 1);
        java.util.Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put(smsBody("+2250701020304", "hi"), "address");                  // no tel:
        bodies.put(smsBody("tel:0701020304", "hi"), "address");                  // not E.164
        bodies.put(smsBody("tel:+225 07 01 02 03 04", "hi"), "address");         // spaces
        bodies.put(smsBody("tel:+2250701020304", ""), "message");                // empty
        bodies.put(smsBody("tel:+2250701020304", tooLong), "message");
        bodies.put("{\"outboundSMSMessageRequest\":{\"address\":\"tel:+2250701020304\",\"senderAddress\":\"tel:+2250000\"}}", "message");
        bodies.put("{\"outboundSMSMessageRequest\":{\"address\":\"tel:+2250701020304\",\"senderAddress\":\"tel:+2250000\","
                + "\"senderName\":\"AlloCarAlloCar\",\"outboundSMSTextMessage\":{\"message\":\"hi\"}}}", "senderName");
        bodies.put("{\"outboundSMSMessageRequest\":{\"address\":\"tel:+2250701020304\",\"outboundSMSTextMessage\":{\"message\":\"hi\"}}}",
                "senderAddress");
        bodies.put("{\"address\":\"tel:+2250701020304\"}", "outboundSMSMessageRequest");
        bodies.put("{\"outboundSMSMessageRequest\":", "body");                  // bad JSON
        for (var entry : bodies.entrySet()) {
            HttpResponse<String> response = postSms(token, SEND_PATH, entry.getKey());
            assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(400);
            JsonNode error = serviceException(response);
            assertThat(error.get("messageId").stringValue()).isEqualTo("SVC0002");
            assertThat(error.get("text").stringValue()).isEqualTo("Invalid input value for message part %1");
            assertThat(error.get("variables").stringValue()).as(entry.getKey()).isEqualTo(entry.getValue());
        }
        String exactly918 = "é".repeat(FakeOrangeSms.MAX_TEXT_LENGTH);
        assertThat(postSms(token, SEND_PATH, smsBody("tel:+2250701020304", exactly918)).statusCode()).isEqualTo(201);
    }

    @Test
    void deleteClearsSmsAndMail() throws Exception {
        assertThat(postSms(token(), SEND_PATH, smsBody("tel:+2250799999999", "bye")).statusCode()).isEqualTo(201);
        sendMail("bye@example.com", "bye", "bye");
        assertThat(getJson("/api/mail?to=bye@example.com").size()).isEqualTo(1);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(http + "/api/messages"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(getJson("/api/sms").size()).isZero();
        assertThat(getJson("/api/mail").size()).isZero();
    }

    // ---------------------------------------------------------------- S3

    @Test
    void presignedPutThenPresignedGetRoundTrip() throws Exception {
        byte[] content = ("fake JPEG " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String key = "users/" + UUID.randomUUID() + "/id-front.jpg";
        try (S3Presigner presigner = presigner()) {
            PresignedPutObjectRequest put = presigner.presignPutObject(PutObjectPresignRequest.builder()
                    .signatureDuration(Duration.ofMinutes(10))
                    .putObjectRequest(PutObjectRequest.builder().bucket("allocar-kyc").key(key)
                            .contentType("image/jpeg").build())
                    .build());
            assertThat(put.url().toString()).startsWith(stack.s3Endpoint() + "/allocar-kyc/users/")
                    .contains("X-Amz-Signature=");
            HttpRequest.Builder upload = HttpRequest.newBuilder(put.url().toURI())
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(content));
            put.signedHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("host")) {
                    values.forEach(v -> upload.header(name, v));
                }
            });
            HttpResponse<String> uploaded = HTTP.send(upload.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);

            PresignedGetObjectRequest get = presigner.presignGetObject(GetObjectPresignRequest.builder()
                    .signatureDuration(Duration.ofMinutes(10))
                    .getObjectRequest(GetObjectRequest.builder().bucket("allocar-kyc").key(key).build())
                    .build());
            HttpResponse<byte[]> downloaded = HTTP.send(HttpRequest.newBuilder(get.url().toURI()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(downloaded.statusCode()).isEqualTo(200);
            assertThat(downloaded.body()).isEqualTo(content);
            assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("image/jpeg");

            // a tampered signature is refused
            String tampered = get.url().toString().replaceAll("X-Amz-Signature=[0-9a-f]", "X-Amz-Signature=x");
            assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(tampered)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        }

        // the private KYC bucket refuses unsigned reads and listings
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(
                URI.create(stack.s3Endpoint() + "/allocar-kyc/" + key)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(anonymous.body()).contains("AccessDenied");
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(stack.s3Endpoint() + "/allocar-kyc/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    @Test
    void sdkClientWritesAndPublicBucketObjectsAreReadableWithoutSignature() throws Exception {
        String key = "vehicles/" + UUID.randomUUID() + ".txt";
        try (S3Client s3 = S3Client.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create(stack.s3Endpoint()))
                .credentialsProvider(credentials())
                .forcePathStyle(true)
                .build()) {
            // the SDK's default request checksums (CRC32, aws-chunked) must be accepted
            s3.putObject(PutObjectRequest.builder().bucket("allocar-public").key(key).contentType("text/plain").build(),
                    RequestBody.fromString("public photo"));
            assertThat(s3.getObjectAsBytes(b -> b.bucket("allocar-public").key(key)).asUtf8String())
                    .isEqualTo("public photo");
            assertThat(s3.listBuckets().buckets()).extracting(b -> b.name())
                    .contains("allocar-public", "allocar-kyc");
        }
        HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(
                URI.create(stack.s3Endpoint() + "/allocar-public/" + key)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).isEqualTo("public photo");
        // but nobody may list it or write to it anonymously
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(stack.s3Endpoint() + "/allocar-public/")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(stack.s3Endpoint() + "/allocar-public/x.txt"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
    }

    // ---------------------------------------------------------------- helpers

    private static S3Presigner presigner() {
        return S3Presigner.builder()
                .region(Region.US_EAST_1)
                .endpointOverride(URI.create(stack.s3Endpoint()))
                .credentialsProvider(credentials())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    private static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(
                AwsBasicCredentials.create(DevStackConfig.S3_IDENTITY, DevStackConfig.S3_CREDENTIAL));
    }

    private static String basic(String id, String secret) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> postToken(String authorization, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http + "/oauth/v3/token"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A fresh access token of the fake, as identity and notification get one. */
    private static String token() throws Exception {
        HttpResponse<String> response = postToken(basic(SMS_CLIENT.id(), SMS_CLIENT.secret()),
                "application/x-www-form-urlencoded", "grant_type=client_credentials");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").stringValue();
    }

    private static String smsBody(String address, String message) {
        return "{\"outboundSMSMessageRequest\":{\"address\":" + JSON.writeValueAsString(address)
                + ",\"senderAddress\":\"tel:+2250000\",\"senderName\":\"AlloCar\",\"outboundSMSTextMessage\":{\"message\":"
                + JSON.writeValueAsString(message) + "}}}";
    }

    private static HttpResponse<String> postSms(String token, String rawPath, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http + rawPath))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode serviceException(HttpResponse<String> response) {
        return JSON.readTree(response.body()).get("requestError").get("serviceException");
    }

    private static long availableUnits() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(http + "/sms/admin/v1/contracts"))
                .header("Authorization", "Bearer " + token()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body()).get(0).get("availableUnits").asLong();
    }

    private static JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(http + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode node = JSON.readTree(response.body());
        assertThat(node.isArray()).as(path).isTrue();
        return node;
    }

    private static String getText(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(http + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static void sendMail(String to, String subject, String text) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(stack.config().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(props));
        message.setFrom(new InternetAddress("no-reply@allocar.ci"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(text);
        Transport.send(message);
    }
}
