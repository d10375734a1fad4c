package com.allocar.platform.testing;

/**
 * Where integration tests find the real infrastructure started by {@code ./allocar test}
 * (devstack on its test ports, the local PostgreSQL database {@code allocar_test}, Redis db 1).
 */
public final class TestInfra {

    public static final String KAFKA = env("ALLOCAR_TEST_KAFKA", "127.0.0.1:19092");
    public static final String DEVSTACK_HTTP = env("ALLOCAR_TEST_DEVSTACK_HTTP", "http://127.0.0.1:18025");
    /** devstack's fake payment providers: {@code /wave}, {@code /orange}, {@code /mtn}, {@code /stripe} below it. */
    public static final String PROVIDERS = env("ALLOCAR_TEST_PROVIDERS", "http://127.0.0.1:18090");
    public static final String S3 = env("ALLOCAR_TEST_S3", "http://127.0.0.1:19000");
    public static final int SMTP_PORT = Integer.parseInt(env("ALLOCAR_TEST_SMTP_PORT", "13025"));
    public static final String JDBC_BASE = env("ALLOCAR_TEST_JDBC", "jdbc:postgresql://127.0.0.1:5432/allocar_test");
    public static final int REDIS_DB = 1;

    private TestInfra() {
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
