package com.allocar.gateway.support;

import java.io.IOException;
import java.net.ServerSocket;

public final class Ports {

    /** A port nothing listens on (bound once, then released): connections to it are refused. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private Ports() {
    }
}
