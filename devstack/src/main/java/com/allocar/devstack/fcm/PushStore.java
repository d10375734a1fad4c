package com.allocar.devstack.fcm;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** The pushes the fake FCM accepted, newest first, in memory (the last {@value #CAPACITY} only). */
public final class PushStore {

    static final int CAPACITY = 10_000;

    /**
     * One accepted message.
     *
     * @param name    FCM's answer, {@code projects/{project}/messages/{id}}
     * @param target  the registration token, {@code /topics/…} or the condition
     * @param message the whole {@code message} object as received (JSON)
     */
    public record Push(String name, String target, String title, String body, Map<String, String> data, String message, Instant receivedAt) {
    }

    private final Deque<Push> pushes = new ArrayDeque<>();

    synchronized void add(Push push) {
        pushes.addFirst(push);
        while (pushes.size() > CAPACITY) {
            pushes.removeLast();
        }
    }

    /** Newest first; only those sent to {@code target} when not null. */
    public synchronized List<Push> list(String target) {
        List<Push> out = new ArrayList<>();
        for (Push p : pushes) {
            if (target == null || p.target().equals(target)) {
                out.add(p);
            }
        }
        return out;
    }

    synchronized void clear() {
        pushes.clear();
    }
}
