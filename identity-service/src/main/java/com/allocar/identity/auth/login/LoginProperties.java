package com.allocar.identity.auth.login;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Password sign-in protection (see {@link LoginThrottle}).
 *
 * @param maxFailures failures a client (device, else IP) may make on one identifier per {@code window} before delays start
 * @param window how long a client's failures are remembered (longer while it is being delayed)
 * @param firstDelay the wait imposed by failure {@code maxFailures + 1}; it doubles with each further failure
 * @param maxDelay the longest wait
 * @param identifierCeiling failures per identifier per {@code ceilingWindow}, from all clients, after which only
 *                          trusted devices of the account may still try
 * @param ceilingWindow fixed window of the ceiling, opened by the identifier's first failure
 * @param trustedDeviceIdle a device not seen signing in for this long is no longer trusted
 */
@ConfigurationProperties("allocar.identity.login")
public record LoginProperties(int maxFailures, Duration window, Duration firstDelay, Duration maxDelay,
                              int identifierCeiling, Duration ceilingWindow, Duration trustedDeviceIdle) {

    public ProgressiveDelay delay() {
        return new ProgressiveDelay(maxFailures, firstDelay, maxDelay);
    }
}
