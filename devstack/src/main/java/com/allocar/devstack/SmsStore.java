package com.allocar.devstack;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

/** The SMS accepted by the fake aggregator, newest first, in memory (the last {@value #CAPACITY} only). */
final class SmsStore {

    static final int CAPACITY = 10_000;

    record Sms(String id, String to, String from, String text, Instant receivedAt) {
    }

    private final Deque<Sms> messages = new ArrayDeque<>();

    synchronized Sms add(String to, String from, String text) {
        Sms sms = new Sms(UUID.randomUUID().toString(), to, from, text, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        messages.addFirst(sms);
        while (messages.size() > CAPACITY) {
            messages.removeLast();
        }
        return sms;
    }

    /** Newest first; only those sent to {@code to} when not null. */
    synchronized List<Sms> list(String to) {
        List<Sms> out = new ArrayList<>();
        for (Sms sms : messages) {
            if (to == null || sms.to().equals(to.trim())) {
                out.add(sms);
            }
        }
        return out;
    }

    synchronized void clear() {
        messages.clear();
    }
}
