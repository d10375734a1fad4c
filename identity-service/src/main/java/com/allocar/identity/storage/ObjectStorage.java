package com.allocar.identity.storage;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Presigned URLs only: clients upload and read straight from S3, our services never proxy bytes.
 * KYC documents go to a private bucket and are only ever read through short-lived signed URLs.
 */
@Component
public class ObjectStorage implements DisposableBean {

    public record SignedUrl(String url, String method, Map<String, String> headers, Instant expiresAt) {
    }

    private final S3Presigner presigner;
    private final StorageProperties props;

    public ObjectStorage(StorageProperties props) {
        this.props = props;
        this.presigner = S3Presigner.builder()
                .endpointOverride(URI.create(props.endpoint()))
                .region(Region.of(props.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(props.accessKey(), props.secretKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    public SignedUrl uploadUrl(String bucket, String key, String contentType) {
        Duration ttl = props.uploadTtl();
        var presigned = presigner.presignPutObject(r -> r.signatureDuration(ttl)
                .putObjectRequest(p -> p.bucket(bucket).key(key).contentType(contentType)));
        return new SignedUrl(presigned.url().toString(), "PUT", Map.of("Content-Type", contentType), Instant.now().plus(ttl));
    }

    public SignedUrl viewUrl(String bucket, String key) {
        Duration ttl = props.viewTtl();
        var presigned = presigner.presignGetObject(r -> r.signatureDuration(ttl).getObjectRequest(g -> g.bucket(bucket).key(key)));
        return new SignedUrl(presigned.url().toString(), "GET", Map.of(), Instant.now().plus(ttl));
    }

    public StorageProperties properties() {
        return props;
    }

    @Override
    public void destroy() {
        presigner.close();
    }
}
