package com.allocar.platform.lifecycle;

import java.util.List;

/**
 * A move the lifecycle does not allow, or an action that needs another state. A domain fact, not an HTTP answer: the
 * platform's exception handler turns it into 409 {@code conflict} with details {@code {current, allowed}}.
 */
public class IllegalTransition extends RuntimeException {

    private final String current;
    private final List<String> allowed;

    public IllegalTransition(String message, String current, List<String> allowed) {
        super(message, null, false, false);
        this.current = current;
        this.allowed = List.copyOf(allowed);
    }

    /** The state it is in (wire name). */
    public String current() {
        return current;
    }

    /** The states it may move to from there (wire names). */
    public List<String> allowed() {
        return allowed;
    }
}
