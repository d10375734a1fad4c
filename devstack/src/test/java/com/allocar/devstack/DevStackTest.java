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

    private static final String SMS_KEY = "test-sms-key";
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
                DevStackConfig.S3_CREDENTIAL, Ports.freePort("127.0.0.1"), SMS_KEY, dir, Ports.freePort("127.0.0.1"),
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

    // ---------------------------------------------------------------- fake SMS aggregator + /api/sms

    @Test
    void smsWithTheRightKeyIsQueuedAndListed() throws Exception {
        String phone = "+22507" + (10_000_000 + (int) (Math.random() * 89_999_999));
        HttpResponse<String> response = postSms("Bearer " + SMS_KEY,
                "{\"from\":\"AlloCar\",\"to\":\"" + phone + "\",\"text\":\"Votre code AlloCar : 123456 <b>\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").stringValue()).isEqualTo("queued");
        String id = body.get("message_id").stringValue();
        assertThat(UUID.fromString(id)).isNotNull();

        // both a literal '+' and %2B mean the same number
        for (String query : List.of(phone, "%2B" + phone.substring(1))) {
            JsonNode list = getJson("/api/sms?to=" + query);
            assertThat(list.size()).isEqualTo(1);
            JsonNode sms = list.get(0);
            assertThat(sms.get("id").stringValue()).isEqualTo(id);
            assertThat(sms.get("to").stringValue()).isEqualTo(phone);
            assertThat(sms.get("from").stringValue()).isEqualTo("AlloCar");
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
        for (String text : List.of("first", "second", "third")) {
            assertThat(postSms("Bearer " + SMS_KEY,
                    "{\"from\":\"AlloCar\",\"to\":\"" + phone + "\",\"text\":\"" + text + "\"}").statusCode())
                    .isEqualTo(201);
        }
        JsonNode list = getJson("/api/sms?to=" + phone);
        assertThat(List.of(list.get(0).get("text").stringValue(), list.get(1).get("text").stringValue(),
                list.get(2).get("text").stringValue())).containsExactly("third", "second", "first");
    }

    @Test
    void smsWithoutTheRightKeyIsUnauthorized() throws Exception {
        String body = "{\"from\":\"AlloCar\",\"to\":\"+2250701020304\",\"text\":\"hi\"}";
        for (String auth : new String[] {null, "Bearer wrong-key", "Basic " + SMS_KEY, SMS_KEY}) {
            HttpResponse<String> response = postSms(auth, body);
            assertThat(response.statusCode()).as("Authorization: %s", auth).isEqualTo(401);
            assertThat(JSON.readTree(response.body()).get("error").stringValue()).isEqualTo("unauthorized");
        }
    }

    @Test
    void invalidSmsRequestsAreRejected() throws Exception {
        String tooLong = "a".repeat(DevHttpServer.MAX_TEXT_LENGTH + 1);
        for (String body : List.of(
                "{\"from\":\"AlloCar\",\"to\":\"0701020304\",\"text\":\"hi\"}",        // not E.164
                "{\"from\":\"AlloCar\",\"to\":\"+225 07 01 02 03 04\",\"text\":\"hi\"}", // spaces
                "{\"from\":\"AlloCar\",\"to\":\"+0701020304\",\"text\":\"hi\"}",        // leading 0
                "{\"from\":\"AlloCar\",\"text\":\"hi\"}",                              // no to
                "{\"from\":\"AlloCar\",\"to\":2250701020304,\"text\":\"hi\"}",          // not a string
                "{\"from\":\"AlloCar\",\"to\":\"+2250701020304\",\"text\":\"\"}",       // empty text
                "{\"from\":\"AlloCar\",\"to\":\"+2250701020304\"}",                    // no text
                "{\"from\":\"AlloCar\",\"to\":\"+2250701020304\",\"text\":\"" + tooLong + "\"}",
                "{\"to\":\"+2250701020304\",\"text\":\"hi\"}",                         // no sender
                "{\"from\":\"AlloCar\",\"to\":\"+2250701020304\",",                    // bad JSON
                "[]")) {
            HttpResponse<String> response = postSms("Bearer " + SMS_KEY, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            JsonNode error = JSON.readTree(response.body());
            assertThat(error.get("error").stringValue()).isEqualTo("invalid_request");
            assertThat(error.get("message").stringValue()).isNotBlank();
        }
        String exactly918 = "é".repeat(DevHttpServer.MAX_TEXT_LENGTH);
        assertThat(postSms("Bearer " + SMS_KEY,
                "{\"from\":\"AlloCar\",\"to\":\"+2250701020304\",\"text\":\"" + exactly918 + "\"}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void deleteClearsSmsAndMail() throws Exception {
        assertThat(postSms("Bearer " + SMS_KEY,
                "{\"from\":\"AlloCar\",\"to\":\"+2250799999999\",\"text\":\"bye\"}").statusCode()).isEqualTo(201);
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

    private static HttpResponse<String> postSms(String authorization, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http + "/sms/v1/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
