package com.allocar.devstack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.model.BucketCannedACL;
import software.amazon.awssdk.services.s3.model.ObjectCannedACL;

/**
 * A real S3-compatible server (S3Proxy) on a filesystem blob store under {@code dir/s3}: one directory per bucket,
 * one file per object. Every request must be signed (SigV2 or SigV4, header or presigned query string) with
 * {@link DevStackConfig#S3_IDENTITY} / {@link DevStackConfig#S3_CREDENTIAL}; the only unsigned requests answered are
 * GET/HEAD of objects in {@link DevStackConfig#PUBLIC_READ_BUCKETS} (what a public-read bucket policy does on AWS).
 * Path-style addressing only: {@code http://host:port/bucket/key}.
 */
final class S3Server implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3Server.class);

    private final S3Proxy proxy;
    private final URI endpoint;

    private S3Server(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    static S3Server start(DevStackConfig config) throws Exception {
        Path root = config.dir().resolve("s3");
        Files.createDirectories(root);
        BlobStore store = new PublicReadBuckets(new FilesystemNio2BlobStore(root.toString()),
                DevStackConfig.PUBLIC_READ_BUCKETS);
        for (String bucket : DevStackConfig.BUCKETS) {
            if (!store.containerExists(bucket)) {
                store.createContainer(bucket);
            }
            // S3Proxy's filesystem store keeps a bucket's ACL in the directory's permission bits: a directory made
            // with umask 022 would read as public-read. Anonymous listing is never wanted, so force private.
            store.setContainerAccess(bucket, BucketCannedACL.PRIVATE);
        }
        URI endpoint = URI.create("http://" + config.host() + ":" + config.s3Port());
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(endpoint)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, config.s3Identity(), config.s3Credential())
                // browsers upload with presigned PUTs from the web/mobile dev servers
                .corsRules(new CrossOriginResourceSharing())
                .jettyMaxThreads(32)
                .stopTimeout(2_000)
                .build();
        proxy.start();
        if (!"STARTED".equals(proxy.getState())) {
            throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
        }
        log.info("S3 (S3Proxy) up on {} with buckets {} (data {})", endpoint, DevStackConfig.BUCKETS, root);
        return new S3Server(proxy, endpoint);
    }

    URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }

    /** Objects of the listed buckets are public-read whatever their own ACL, like a bucket policy granting s3:GetObject. */
    static final class PublicReadBuckets extends ForwardingBlobStore {
        private final List<String> publicBuckets;

        PublicReadBuckets(BlobStore delegate, List<String> publicBuckets) {
            super(delegate);
            this.publicBuckets = List.copyOf(publicBuckets);
        }

        @Override
        public ObjectCannedACL getBlobAccess(String container, String name) {
            ObjectCannedACL own = delegate().getBlobAccess(container, name); // NoSuchKey when absent
            return publicBuckets.contains(container) ? ObjectCannedACL.PUBLIC_READ : own;
        }

        @Override
        public ObjectCannedACL getBlobAccess(String container, String name, String versionId) {
            ObjectCannedACL own = delegate().getBlobAccess(container, name, versionId);
            return publicBuckets.contains(container) ? ObjectCannedACL.PUBLIC_READ : own;
        }
    }
}
