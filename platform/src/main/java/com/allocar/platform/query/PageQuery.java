package com.allocar.platform.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** A list request after parsing: 1-based page, size, sort terms, filters, and the endpoint's own extra parameters. */
public record PageQuery(int page, int pageSize, List<SortOrder> sort, List<Filter> filters, Map<String, String> extras) {

    public int offset() {
        return (page - 1) * pageSize;
    }

    public Optional<String> extra(String name) {
        return Optional.ofNullable(extras.get(name));
    }

    public Optional<Filter> filter(String field) {
        return filters.stream().filter(f -> f.field().equals(field)).findFirst();
    }

    /** Spring Data pageable; {@code attributeOf} maps wire field names to entity attributes. */
    public Pageable toPageable(Map<String, String> attributeOf) {
        Sort s = Sort.by(sort.stream()
                .map(o -> new Sort.Order(o.descending() ? Sort.Direction.DESC : Sort.Direction.ASC,
                        attributeOf.getOrDefault(o.field(), o.field())))
                .toList());
        return PageRequest.of(page - 1, pageSize, s);
    }
}
