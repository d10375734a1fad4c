package com.allocar.platform.testing;

import java.util.concurrent.ThreadLocalRandom;

/** Fresh, valid Ivorian mobile numbers (+225 07/05/01 …) so tests never collide. */
public final class TestPhones {

    private TestPhones() {
    }

    public static String ivorianMobile() {
        String[] prefixes = {"07", "05", "01"};
        String prefix = prefixes[ThreadLocalRandom.current().nextInt(prefixes.length)];
        return "+225" + prefix + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String email() {
        return "user" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + "@example.ci";
    }
}
