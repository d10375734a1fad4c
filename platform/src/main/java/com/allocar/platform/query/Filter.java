package com.allocar.platform.query;

import java.util.List;

/** One parsed filter: {@code status=in:paid,accepted} → (status, IN, [PAID, ACCEPTED]). */
public record Filter(String field, Op op, List<Object> values) {

    public enum Op { EQ, IN, GTE, LTE }

    public Object value() {
        return values.getFirst();
    }
}
