package com.allocar.platform.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code meta} of the success envelope; {@code pagination} only on lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Meta(String requestId, Pagination pagination) {
}
