package com.allocar.platform.lifecycle;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The transition table of one status enum, and the only place that decides whether a move is allowed. A status enum
 * declares its table once ({@code Lifecycle.of("Booking", BookingStatus.class).from(PENDING).to(ACCEPTED, CANCELLED)…}),
 * aggregates call {@link #require}; a refused move is an {@link IllegalTransition} naming the current state and the
 * states allowed from it, which the platform answers as 409 {@code conflict} {current, allowed}. No HTTP type here.
 *
 * @param <S> the status enum
 */
public final class Lifecycle<S extends Enum<S>> {

    private final String subject;
    private final Class<S> type;
    private final Map<S, Set<S>> next;

    private Lifecycle(String subject, Class<S> type, Map<S, Set<S>> next) {
        this.subject = subject;
        this.type = type;
        this.next = next;
    }

    /** @param subject what the status belongs to, as a person says it ("Booking", "Payment") */
    public static <S extends Enum<S>> Builder<S> of(String subject, Class<S> type) {
        return new Builder<>(subject, type);
    }

    /** The states {@code from} may move to; empty for a final state. */
    public Set<S> next(S from) {
        return next.get(from);
    }

    public boolean allows(S from, S to) {
        return next.get(from).contains(to);
    }

    public boolean isFinal(S state) {
        return next.get(state).isEmpty();
    }

    /** A request for the state it is already in: callers answer it as done instead of refusing it. */
    public boolean isRepeat(S from, S to) {
        return from == to;
    }

    /** @return {@code to}, when {@code from} may move to it; else throws {@link IllegalTransition} */
    public S require(S from, S to) {
        if (!allows(from, to)) {
            throw illegal(from, to);
        }
        return to;
    }

    /** The refusal of the move {@code from} → {@code to}, for callers that decide before moving. */
    public IllegalTransition illegal(S from, S to) {
        return refuse(from, subject + " is " + wire(from) + " and cannot become " + wire(to));
    }

    /** For an action that needs another state than {@code current} ("only a paid booking can be checked in"). */
    public IllegalTransition refuse(S current, String message) {
        return new IllegalTransition(message, wire(current), allowedWire(current));
    }

    /** The wire name of a state: lower-case, as in JSON and in the database. */
    public static String wire(Enum<?> state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    /** The state of a wire name, if there is one. */
    public Optional<S> fromWire(String wire) {
        return Arrays.stream(type.getEnumConstants()).filter(s -> wire(s).equals(wire)).findFirst();
    }

    private List<String> allowedWire(S from) {
        return next.get(from).stream().map(Lifecycle::wire).sorted().toList();
    }

    /** Declares the table: each {@code from(x).to(…)} once; states never named in {@code from} are final. */
    public static final class Builder<S extends Enum<S>> {

        private final String subject;
        private final Class<S> type;
        private final Map<S, EnumSet<S>> next;

        private Builder(String subject, Class<S> type) {
            this.subject = subject;
            this.type = type;
            this.next = new EnumMap<>(type);
            for (S s : type.getEnumConstants()) {
                next.put(s, EnumSet.noneOf(type));
            }
        }

        public From from(S state) {
            return new From(state);
        }

        public Lifecycle<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            next.forEach((from, to) -> frozen.put(from, Collections.unmodifiableSet(to.clone())));
            return new Lifecycle<>(subject, type, Collections.unmodifiableMap(frozen));
        }

        /** The moves out of one state. */
        public final class From {

            private final S state;

            private From(S state) {
                this.state = state;
            }

            @SafeVarargs
            public final Builder<S> to(S... targets) {
                if (!next.get(state).isEmpty()) {
                    throw new IllegalStateException(subject + ": the moves out of " + wire(state) + " are declared twice");
                }
                next.get(state).addAll(List.of(targets));
                return Builder.this;
            }
        }
    }
}
