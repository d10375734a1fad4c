package com.allocar.platform.query;

/** One term of {@code sort=field,-created_at}. */
public record SortOrder(String field, boolean descending) {
}
