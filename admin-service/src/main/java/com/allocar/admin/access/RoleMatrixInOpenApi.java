package com.allocar.admin.access;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Each staff operation of the OpenAPI document says its role matrix row and the roles that hold it
 * ({@code x-role-matrix-row}, {@code x-staff-roles}): the console shows or hides actions from it, and the e2e test of
 * the matrix is generated from it.
 */
@Component
class RoleMatrixInOpenApi implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        StaffOnly row = handler.getMethodAnnotation(StaffOnly.class);
        if (row != null) {
            List<String> roles = row.value().allowed().stream().map(StaffRole::wire).sorted().toList();
            operation.addExtension("x-role-matrix-row", row.value().name().toLowerCase(java.util.Locale.ROOT));
            operation.addExtension("x-staff-roles", roles);
            String held = "Staff roles: " + String.join(", ", roles) + ".";
            operation.setDescription(operation.getDescription() == null ? held : operation.getDescription() + " " + held);
        }
        return operation;
    }
}
