package com.allocar.messaging.attachment;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.allocar.messaging.config.MessagingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The private chat bucket ({@code allocar-chat}): created at start-up when missing, never readable without a
 * signature. Clients upload and read straight from S3 with presigned URLs; this service never proxies bytes.
 */
@Component
public class ChatStorage implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChatStorage.class);

    /** A presigned request: the client sends exactly {@code method} to {@code url} with {@code headers}. */
    public record SignedUrl(String url, String method, Map<String, String> headers, Instant expiresAt) {
    }

    private final MessagingProperties.Storage props;
    private final S3Client s3;
    private final S3Presigner presigner;
    private volatile boolean bucketReady;

    ChatStorage(MessagingProperties properties) {
        this.props = properties.storage();
        var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(props.accessKey(), props.secretKey()));
        this.s3 = S3Client.builder().endpointOverride(URI.create(props.endpoint())).region(Region.of(props.region()))
                .credentialsProvider(credentials).forcePathStyle(true).build();
        this.presigner = S3Presigner.builder().endpointOverride(URI.create(props.endpoint())).region(Region.of(props.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    /** At start-up; a storage that does not answer yet is retried on the first upload. */
    @EventListener(ApplicationReadyEvent.class)
    void createBucketIfMissing() {
        try {
            ensureBucket();
        } catch (SdkException e) {
            log.warn("chat bucket {} not checked at start-up (retried on first upload): {}", props.bucket(), e.toString());
        }
    }

    private void ensureBucket() {
        if (bucketReady) {
            return;
        }
        try {
            s3.headBucket(b -> b.bucket(props.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                throw e;
            }
            s3.createBucket(b -> b.bucket(props.bucket()));
            log.info("created the private chat bucket {}", props.bucket());
        }
        bucketReady = true;
    }

    /** A PUT signed for this key, content type and length: the upload must send exactly these. */
    public SignedUrl uploadUrl(String key, String contentType, long sizeBytes) {
        ensureBucket();
        var presigned = presigner.presignPutObject(r -> r.signatureDuration(props.uploadTtl())
                .putObjectRequest(p -> p.bucket(props.bucket()).key(key).contentType(contentType).contentLength(sizeBytes)));
        Map<String, String> headers = new LinkedHashMap<>();
        presigned.signedHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                headers.put(canonical(name), String.join(",", values));
            }
        });
        headers.putIfAbsent("Content-Type", contentType);
        headers.putIfAbsent("Content-Length", Long.toString(sizeBytes));
        return new SignedUrl(presigned.url().toString(), "PUT", headers, presigned.expiration());
    }

    /** A short-lived GET (5 min by default) for one image. */
    public SignedUrl viewUrl(String key) {
        var presigned = presigner.presignGetObject(r -> r.signatureDuration(props.viewTtl()).getObjectRequest(g -> g.bucket(props.bucket()).key(key)));
        return new SignedUrl(presigned.url().toString(), "GET", Map.of(), presigned.expiration());
    }

    /** Whether the object was uploaded. */
    public boolean exists(String key) {
        try {
            s3.headObject(h -> h.bucket(props.bucket()).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    public String bucket() {
        return props.bucket();
    }

    private static String canonical(String header) {
        return switch (header.toLowerCase(java.util.Locale.ROOT)) {
            case "content-type" -> "Content-Type";
            case "content-length" -> "Content-Length";
            default -> header;
        };
    }

    @Override
    public void destroy() {
        presigner.close();
        s3.close();
    }
}
