package com.allocar.platform.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/** Turns parsed filters into a JPA {@link Specification}; wire names map to entity attributes. */
public final class FilterSpecifications {

    private FilterSpecifications() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> Specification<T> of(List<Filter> filters, Map<String, String> attributeOf) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            for (Filter f : filters) {
                Path path = root.get(attributeOf.getOrDefault(f.field(), f.field()));
                Predicate p = switch (f.op()) {
                    case EQ -> cb.equal(path, f.value());
                    case IN -> path.in(f.values());
                    case GTE -> cb.greaterThanOrEqualTo(path, (Comparable) f.value());
                    case LTE -> cb.lessThanOrEqualTo(path, (Comparable) f.value());
                };
                predicates.add(p);
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
