package com.allocar.platform.web;

import java.util.regex.Pattern;

/**
 * The client's IP as the gateway resolved it (peer address, or the trusted proxy's X-Forwarded-For entry), handed to
 * the services in {@link #HEADER}: the gateway sets it on every forwarded request, overwriting whatever a client sent,
 * and strips X-Forwarded-For itself. Services are reachable only from the gateway (loopback / the compose network /
 * the cluster), so they may trust it.
 */
public final class ClientIp {

    public static final String HEADER = "X-Client-Ip";
    private static final Pattern IP = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientIp() {
    }

    /** The forwarded address when it is one, else the TCP peer (a service called directly, e.g. by a test). */
    public static String of(String peer, String forwarded) {
        String candidate = forwarded == null ? "" : forwarded.trim();
        return isAddress(candidate) ? candidate : peer;
    }

    /** Looks like an IPv4 or IPv6 address (digits, hex, dots, colons): anything else was not written by a proxy. */
    public static boolean isAddress(String candidate) {
        return IP.matcher(candidate).matches();
    }
}
