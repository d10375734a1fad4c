package com.allocar.platform.api;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The spec's success envelope {@code {"data": …, "meta": {"request_id", "pagination"?}}}. */
public record Envelope<T>(T data, Meta meta) {

    public static <T> Envelope<T> of(T data) {
        return new Envelope<>(data, new Meta(RequestIds.current(), null));
    }

    public static <T> Envelope<List<T>> page(List<T> items, int page, int pageSize, long total) {
        return new Envelope<>(items, new Meta(RequestIds.current(), Pagination.of(page, pageSize, total)));
    }

    /** A peer's answer passed on under this request's id, its pagination (if any) kept. */
    public static <T> Envelope<T> relay(Envelope<T> peer) {
        Pagination p = peer.meta() == null ? null : peer.meta().pagination();
        return new Envelope<>(peer.data(), new Meta(RequestIds.current(), p));
    }

    /** Spring Data pages are 0-based; the API's are 1-based. */
    public static <E, T> Envelope<List<T>> page(Page<E> page, Function<E, T> mapper) {
        return page(page.getContent().stream().map(mapper).toList(),
                page.getNumber() + 1, page.getSize(), page.getTotalElements());
    }
}
