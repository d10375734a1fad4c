package com.allocar.admin.access;

import java.util.Locale;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces the {@link RoleMatrix} on every staff route before its handler runs: the caller's roles must hold the row the
 * handler names with {@link StaffOnly}, else 403 {@code forbidden} saying which roles would. A handler that names no row
 * is refused too (deny by default) — and fails {@code RoleMatrixCoverageTest} long before.
 */
class StaffAccessInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        if (method.hasMethodAnnotation(BeforeSignIn.class)) {
            return true;
        }
        StaffOnly row = method.getMethodAnnotation(StaffOnly.class);
        if (row == null) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This route is in no row of the role matrix", Map.of("reason", "no_matrix_row"));
        }
        Staff staff = Staff.current();
        if (!row.value().allows(staff.roles())) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Your staff role does not allow this",
                    Map.of("reason", "role_not_allowed", "requires", row.value().name().toLowerCase(Locale.ROOT),
                            "allowed_roles", row.value().allowed().stream().map(StaffRole::wire).toList(),
                            "your_roles", staff.roles().stream().map(StaffRole::wire).toList()));
        }
        return true;
    }
}
