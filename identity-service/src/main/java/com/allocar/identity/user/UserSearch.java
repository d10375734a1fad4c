package com.allocar.identity.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's search of accounts: {@code query} is found in the phone, the e-mail or the name (case-insensitive, literal —
 * {@code %} and {@code _} match themselves), narrowed by status and sign-up period.
 */
@Service
public class UserSearch {

    /** @param active null = any; {@code createdTo} exclusive */
    public record Criteria(String query, Boolean active, Instant createdFrom, Instant createdTo) {
    }

    private final UserRepository users;

    UserSearch(UserRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public Page<User> search(Criteria c, Pageable page) {
        Specification<User> spec = (root, q, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (c.query() != null && !c.query().isBlank()) {
                String like = "%" + c.query().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(
                        cb.like(cb.lower(cb.coalesce(root.get("phone"), "")), like, '\\'),
                        cb.like(cb.lower(cb.coalesce(root.get("email"), "")), like, '\\'),
                        cb.like(cb.lower(cb.concat(cb.concat(cb.coalesce(root.get("firstName"), ""), " "), cb.coalesce(root.get("lastName"), ""))), like, '\\')));
            }
            if (c.active() != null) {
                all.add(cb.equal(root.get("active"), c.active()));
            }
            if (c.createdFrom() != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("createdAt"), c.createdFrom()));
            }
            if (c.createdTo() != null) {
                all.add(cb.lessThan(root.get("createdAt"), c.createdTo()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return users.findAll(spec, page);
    }
}
