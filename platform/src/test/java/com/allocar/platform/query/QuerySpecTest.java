package com.allocar.platform.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuerySpecTest {

    enum Status { PENDING, PAID, ACCEPTED }

    private final QuerySpec spec = QuerySpec.create()
            .enumFilter("status", Status.class)
            .range("created_at", FieldType.INSTANT)
            .range("amount", FieldType.DECIMAL)
            .sortable("created_at", "amount")
            .extra("role");

    @Test
    void defaultsToFirstPageOfTwentyNewestFirst() {
        PageQuery q = spec.parse(Map.of());
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.pageSize()).isEqualTo(20);
        assertThat(q.sort()).containsExactly(new SortOrder("created_at", true));
        assertThat(q.filters()).isEmpty();
    }

    @Test
    void parsesTheSpecsFilterSyntax() {
        PageQuery q = spec.parse(Map.of(
                "status", new String[] {"in:paid,accepted"},
                "created_at_gte", new String[] {"2025-10-01"},
                "amount_lte", new String[] {"6000.50"},
                "sort", new String[] {"amount,-created_at"},
                "page", new String[] {"3"},
                "page_size", new String[] {"100"},
                "role", new String[] {"driver"}));
        assertThat(q.filter("status")).contains(new Filter("status", Filter.Op.IN, List.of(Status.PAID, Status.ACCEPTED)));
        assertThat(q.filters()).contains(new Filter("created_at", Filter.Op.GTE, List.of(Instant.parse("2025-10-01T00:00:00Z"))));
        assertThat(q.filters()).contains(new Filter("amount", Filter.Op.LTE, List.of(new BigDecimal("6000.50"))));
        assertThat(q.sort()).containsExactly(new SortOrder("amount", false), new SortOrder("created_at", true));
        assertThat(q.offset()).isEqualTo(200);
        assertThat(q.extra("role")).contains("driver");
        assertThat(q.toPageable(Map.of("created_at", "createdAt")).getSort().getOrderFor("createdAt").isDescending()).isTrue();
    }

    @Test
    void equalityWithoutPrefix() {
        assertThat(spec.parse(Map.of("status", new String[] {"PAID"})).filter("status"))
                .contains(new Filter("status", Filter.Op.EQ, List.of(Status.PAID)));
    }

    @Test
    void rejectsEverythingNotDeclared() {
        assertInvalid(Map.of("page_size", new String[] {"101"}), "page_size");
        assertInvalid(Map.of("page_size", new String[] {"0"}), "page_size");
        assertInvalid(Map.of("page", new String[] {"abc"}), "page");
        assertInvalid(Map.of("sort", new String[] {"password"}), "sort");
        assertInvalid(Map.of("passenger_id", new String[] {"x"}), "passenger_id");
        assertInvalid(Map.of("status", new String[] {"in:paid,teleported"}), "status");
        assertInvalid(Map.of("status_gte", new String[] {"paid"}), "status_gte");
        assertInvalid(Map.of("created_at_gte", new String[] {"yesterday"}), "created_at_gte");
        assertInvalid(Map.of("status", new String[] {"in:"}), "status");
    }

    private void assertInvalid(Map<String, String[]> params, String field) {
        assertThatThrownBy(() -> spec.parse(params))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
                    assertThat(e.details().get("fields").toString()).contains("field=" + field);
                });
    }
}
