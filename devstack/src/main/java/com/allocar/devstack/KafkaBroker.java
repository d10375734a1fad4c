package com.allocar.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster in KRaft mode: one process acting as broker and controller, exactly what
 * {@code kafka-storage.sh format} + {@code kafka-server-start.sh} do with a combined-mode server.properties.
 * The log directory is formatted on first use and kept across restarts.
 */
final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final int NODE_ID = 1;

    private final String bootstrapServers;
    private final KafkaRaftServer server;

    private KafkaBroker(String bootstrapServers, KafkaRaftServer server) {
        this.bootstrapServers = bootstrapServers;
        this.server = server;
    }

    static KafkaBroker start(DevStackConfig config) throws Exception {
        Path logDir = config.dir().resolve("kafka");
        Files.createDirectories(logDir);
        int controllerPort = config.kafkaControllerPort() != 0
                ? config.kafkaControllerPort() : Ports.freePort("127.0.0.1");
        String bootstrap = config.kafkaAdvertisedHost() + ":" + config.kafkaPort();

        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                // Static quorum of one voter. The controller listener is only ever used inside this JVM.
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://" + config.host() + ":" + config.kafkaPort()
                        + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://" + bootstrap),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", "1"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.num.partitions", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // sized for a 2-core developer machine
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "2"),
                Map.entry("background.threads", "2"),
                Map.entry("log.cleaner.threads", "1"),
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
                Map.entry("log.retention.hours", "72")));
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(p, false);

        // kafka-storage.sh format, on first use only: writes meta.properties (with a new cluster id) and the
        // bootstrap checkpoint. Later starts reuse the directory and its cluster id.
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        }

        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        KafkaBroker broker = new KafkaBroker(bootstrap, server);
        try {
            server.startup();
            broker.awaitReady();
        } catch (Exception | Error e) {
            broker.close();
            throw e;
        }
        log.info("Kafka KRaft broker up on {} (controller 127.0.0.1:{}, data {})", bootstrap, controllerPort, logDir);
        return broker;
    }

    /** Ready = an external client sees the broker in the cluster metadata. */
    private void awaitReady() throws Exception {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "60000");
        try (Admin client = Admin.create(admin)) {
            int nodes = client.describeCluster().nodes().get(60, TimeUnit.SECONDS).size();
            if (nodes != 1) {
                throw new IOException("Kafka reports " + nodes + " brokers, expected 1");
            }
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.warn("Kafka shutdown: {}", e.toString());
        }
    }
}
