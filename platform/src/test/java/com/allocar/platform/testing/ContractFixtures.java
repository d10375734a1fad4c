package com.allocar.platform.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.allocar.platform.events.EventType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet's contract fixtures (module {@code contracts}, ADR 008): one JSON example per published event type and per
 * internal-API body, {@code contracts/<producer>/<type>.v<version>.json}, the example under {@code "example"}. A
 * producer proves its record writes exactly the example ({@link #assertWrites}); a consumer reads the example into its
 * own record ({@link #read}). Both read strictly: a field the record declares but the example lacks, or the other way
 * round for the producer, fails — so a field renamed on one side fails a build.
 */
public final class ContractFixtures {

    /** The wire settings of every service (PlatformDefaults), strict about missing and unknown fields. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .build();

    private ContractFixtures() {
    }

    /** The whole fixture: contract, version, kind, producer, topic or endpoint, example. */
    public static JsonNode fixture(String name) {
        try (InputStream in = ContractFixtures.class.getClassLoader().getResourceAsStream("contracts/" + name + ".json")) {
            if (in == null) {
                throw new AssertionError("no contract fixture contracts/" + name + ".json (module contracts)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode example(String name) {
        return fixture(name).path("example");
    }

    /** A consumer's reading: the example into the consumer's own record; every field it declares must be there. */
    public static <T> T read(String name, Class<T> type) {
        return JSON.treeToValue(example(name), type);
    }

    /**
     * A producer's proof: the example reads into the producer's record (no unknown, no missing field) and the record
     * writes it back unchanged.
     */
    public static <T> T assertWrites(String name, Class<T> type) {
        JsonNode example = example(name);
        T value = JSON.treeToValue(example, type);
        JsonNode written = JSON.readTree(JSON.writeValueAsString(value));
        assertThat(written).as("%s written by %s", name, type.getSimpleName()).isEqualTo(JSON.readTree(JSON.writeValueAsString(example)));
        return value;
    }

    /**
     * A producer's whole contract: every fixture of {@code producer} is written by its record in {@code records}
     * (fixture name → record), no record lacks its fixture, and every event type the producer declares has a fixture on
     * the type's topic.
     */
    public static void assertContract(String producer, Map<String, Class<?>> records, EventType... published) {
        assertThat(of(producer)).as("fixtures of %s", producer).containsExactlyInAnyOrderElementsOf(records.keySet());
        records.forEach(ContractFixtures::assertWrites);
        for (EventType type : published) {
            JsonNode fixture = fixture(producer + "/" + type.wire() + ".v1");
            assertThat(fixture.path("topic").asString()).as("topic of %s", type.wire()).isEqualTo(type.topic());
            assertThat(fixture.path("contract").asString()).isEqualTo(type.wire());
        }
    }

    /**
     * A consumer's listening: each event type it names ({@code "refund.requested"}, its one declaration of the producer's
     * wire name) is one of the producer's fixtures, published on the topic the consumer listens to.
     */
    public static void assertPublishedOn(String producer, String topic, String... types) {
        assertThat(types).as("event types read of %s", topic).isNotEmpty();
        for (String type : types) {
            String name = producer + "/" + type + ".v1";
            assertThat(of(producer)).as("fixtures of %s", producer).contains(name);
            assertThat(fixture(name).path("topic").asString()).as("topic of %s", type).isEqualTo(topic);
        }
    }

    /** The fixture names of one producer ({@code booking-service}), e.g. {@code booking-service/booking.paid.v1}. */
    public static List<String> of(String producer) {
        URL root = ContractFixtures.class.getClassLoader().getResource("contracts/" + producer);
        if (root == null) {
            return List.of();
        }
        try {
            if (root.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(root.toURI(), Map.of())) {
                    return names(producer, jar.provider().getPath(root.toURI()));
                }
            }
            return names(producer, Path.of(root.toURI()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the contract fixtures of " + producer, e);
        }
    }

    private static List<String> names(String producer, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .map(f -> producer + "/" + dir.relativize(f).toString().replaceAll("\\.json$", ""))
                    .sorted().toList();
        }
    }
}
