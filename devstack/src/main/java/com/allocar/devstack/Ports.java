package com.allocar.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port helpers: fail early and clearly when a port is taken, instead of deep inside a server's start-up. */
public final class Ports {

    private Ports() {
    }

    /** A port that is free on {@code host} right now. */
    public static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws with a readable message when {@code port} cannot be bound on {@code host}. */
    static void requireFree(String host, int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 1);
        } catch (IOException e) {
            throw new IllegalStateException(what + " port " + host + ":" + port
                    + " is already in use (another devstack still running? try ./allocar down)", e);
        }
    }
}
