package com.allocar.platform.api;

/** {@code meta.pagination} of a paged answer. */
public record Pagination(int page, int pageSize, long total, int pageCount) {

    public static Pagination of(int page, int pageSize, long total) {
        int pageCount = pageSize == 0 ? 0 : (int) ((total + pageSize - 1) / pageSize);
        return new Pagination(page, pageSize, total, pageCount);
    }
}
