package com.allocar.platform.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

/**
 * The per-endpoint allow-list of the spec's list conventions: {@code page}, {@code page_size}
 * (default 20, max 100), {@code sort=field,-created_at}, filters {@code status=in:a,b},
 * {@code field_gte}/{@code field_lte}. Anything not declared is a {@code validation_error}.
 */
public final class QuerySpec {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private final Map<String, FieldType> filters = new LinkedHashMap<>();
    private final Map<String, Class<? extends Enum<?>>> enums = new LinkedHashMap<>();
    private final Set<String> rangeFilters = new java.util.HashSet<>();
    private final Set<String> sortable = new java.util.LinkedHashSet<>();
    private final Set<String> extras = new java.util.HashSet<>();
    private List<SortOrder> defaultSort = List.of(new SortOrder("created_at", true));

    public static QuerySpec create() {
        return new QuerySpec();
    }

    public QuerySpec filter(String field, FieldType type) {
        filters.put(field, type);
        return this;
    }

    public QuerySpec enumFilter(String field, Class<? extends Enum<?>> type) {
        filters.put(field, FieldType.ENUM);
        enums.put(field, type);
        return this;
    }

    /** Allows {@code field_gte} and {@code field_lte} as well as equality. */
    public QuerySpec range(String field, FieldType type) {
        filters.put(field, type);
        rangeFilters.add(field);
        return this;
    }

    public QuerySpec sortable(String... fields) {
        sortable.addAll(Arrays.asList(fields));
        return this;
    }

    public QuerySpec defaultSort(String sort) {
        this.defaultSort = parseSort(sort, new ArrayList<>());
        return this;
    }

    /** Endpoint-specific parameters (e.g. {@code role}) that are not filters. */
    public QuerySpec extra(String... names) {
        extras.addAll(Arrays.asList(names));
        return this;
    }

    public PageQuery parse(Map<String, String[]> params) {
        List<Map<String, Object>> errors = new ArrayList<>();
        int page = intParam(params, "page", 1, 1, Integer.MAX_VALUE, errors);
        int size = intParam(params, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE, errors);
        List<SortOrder> sort = params.containsKey("sort") ? parseSort(single(params, "sort"), errors) : defaultSort;
        List<Filter> parsed = new ArrayList<>();
        Map<String, String> extraValues = new LinkedHashMap<>();
        for (var e : params.entrySet()) {
            String name = e.getKey();
            if (Set.of("page", "page_size", "sort").contains(name)) {
                continue;
            }
            String raw = e.getValue().length == 0 ? "" : e.getValue()[0];
            if (extras.contains(name)) {
                extraValues.put(name, raw);
                continue;
            }
            Filter f = parseFilter(name, raw, errors);
            if (f != null) {
                parsed.add(f);
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid query parameters", Map.of("fields", errors));
        }
        return new PageQuery(page, size, sort, List.copyOf(parsed), Map.copyOf(extraValues));
    }

    private Filter parseFilter(String name, String raw, List<Map<String, Object>> errors) {
        String field = name;
        Filter.Op op = Filter.Op.EQ;
        if (name.endsWith("_gte") && rangeFilters.contains(name.substring(0, name.length() - 4))) {
            field = name.substring(0, name.length() - 4);
            op = Filter.Op.GTE;
        } else if (name.endsWith("_lte") && rangeFilters.contains(name.substring(0, name.length() - 4))) {
            field = name.substring(0, name.length() - 4);
            op = Filter.Op.LTE;
        }
        FieldType type = filters.get(field);
        if (type == null) {
            errors.add(error(name, "unknown parameter; allowed: " + allowedParameters()));
            return null;
        }
        List<String> rawValues;
        if (op == Filter.Op.EQ && raw.startsWith("in:")) {
            op = Filter.Op.IN;
            rawValues = Arrays.stream(raw.substring(3).split(",")).filter(s -> !s.isBlank()).toList();
        } else {
            rawValues = List.of(raw);
        }
        if (rawValues.isEmpty() || rawValues.stream().anyMatch(String::isBlank)) {
            errors.add(error(name, "must not be empty"));
            return null;
        }
        List<Object> values = new ArrayList<>();
        for (String v : rawValues) {
            try {
                Object parsed = type.parse(v);
                if (type == FieldType.ENUM) {
                    parsed = toEnum(field, (String) parsed);
                }
                values.add(parsed);
            } catch (RuntimeException ex) {
                errors.add(error(name, "invalid value '" + v + "'" + (type == FieldType.ENUM ? "; allowed: " + enumNames(field) : "")));
                return null;
            }
        }
        return new Filter(field, op, values);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object toEnum(String field, String upper) {
        Class enumType = enums.get(field);
        return Enum.valueOf(enumType, upper);
    }

    private List<String> enumNames(String field) {
        return Arrays.stream(enums.get(field).getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    }

    private List<String> allowedParameters() {
        List<String> names = new ArrayList<>(List.of("page", "page_size", "sort"));
        names.addAll(extras);
        for (String f : filters.keySet()) {
            names.add(f);
            if (rangeFilters.contains(f)) {
                names.add(f + "_gte");
                names.add(f + "_lte");
            }
        }
        return names;
    }

    private List<SortOrder> parseSort(String raw, List<Map<String, Object>> errors) {
        List<SortOrder> orders = new ArrayList<>();
        for (String term : raw.split(",")) {
            String t = term.trim();
            if (t.isEmpty()) {
                continue;
            }
            boolean desc = t.startsWith("-");
            String field = desc || t.startsWith("+") ? t.substring(1) : t;
            if (!sortable.contains(field)) {
                errors.add(error("sort", "cannot sort by '" + field + "'; allowed: " + sortable));
            } else {
                orders.add(new SortOrder(field, desc));
            }
        }
        return orders;
    }

    private static int intParam(Map<String, String[]> params, String name, int dflt, int min, int max, List<Map<String, Object>> errors) {
        if (!params.containsKey(name)) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(single(params, name).trim());
            if (v < min || v > max) {
                errors.add(error(name, "must be between " + min + " and " + max));
                return dflt;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(error(name, "must be an integer"));
            return dflt;
        }
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v.length == 0 ? "" : v[0];
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }
}
