package com.allocar.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.settings.PlatformSettings;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * admin-service's {@code settings.changed} as the tests of a service that follows the settings send it: on the tests'
 * own topic ({@code allocar.settings.topic} in their it profile), so that their versions never enter the history the
 * e2e fleet reads on the real one; and forgotten afterwards, so that the next run starts from the properties.
 */
public final class TestSettings {

    public static final String TOPIC = "admin.settings.it";

    private TestSettings() {
    }

    /** The next version after the one in force, with these fields (as admin-service names them); waits until it is kept. */
    public static long publishNext(PlatformSettings settings, Map<String, ?> fields) {
        long version = settings.current().version() + 1;
        TestEvents.send(TOPIC, "platform", TestEvents.envelope("settings.changed", "platform", Map.of("version", version, "settings", fields,
                "changed_by", UUID.randomUUID().toString(), "changed_at", Instant.now().toString())));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> settings.current().version() == version);
        return version;
    }

    /** Drops the versions kept by the service under test: its properties are in force again. */
    public static void forget(JdbcClient jdbc) {
        jdbc.sql("DELETE FROM platform_settings").update();
    }
}
