package com.allocar.platform.clients;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

/** The peer could not be reached, timed out, or is shedding load: 503 for our caller, who may retry shortly. */
public final class PeerUnavailable extends ApiException {

    public PeerUnavailable(String peer) {
        super(ErrorCode.SERVICE_UNAVAILABLE, peer + " is unavailable, please retry shortly");
    }

    /** Whether {@code e} is an outage of the peer (counted by the breaker, retried on idempotent calls). */
    static boolean isOutage(Throwable e) {
        return e instanceof ApiException a && a.code().status() >= 500;
    }
}
