package com.allocar.gateway.support;

/** The local servers the integration tests run against, started once per test JVM. */
public final class TestServers {

    public static final JwksServer JWKS = JwksServer.start();
    public static final EchoServer IDENTITY = EchoServer.start("identity");
    public static final EchoServer BOOKING = EchoServer.start("booking");
    public static final EchoServer NOTIFICATION = EchoServer.start("notification");
    public static final EchoServer ADMIN = EchoServer.start("admin");
    /** REST and sockets, as messaging-service. */
    public static final SocketEchoServer MESSAGING = SocketEchoServer.start("messaging");

    private TestServers() {
    }
}
