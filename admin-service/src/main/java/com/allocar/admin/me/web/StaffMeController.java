package com.allocar.admin.me.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.access.StaffRole;
import com.allocar.platform.api.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Staff")
class StaffMeController {

    record Me(UUID id, List<String> roles, List<String> permissions) {
    }

    @GetMapping("/api/v1/admin/me")
    @StaffOnly(RoleMatrix.SELF)
    @Operation(summary = "Who I am: my Keycloak id, my staff roles and the role-matrix rows they hold (what the console may show)")
    Envelope<Me> me(Staff staff) {
        return Envelope.of(new Me(staff.id(), staff.roles().stream().map(StaffRole::wire).toList(),
                Arrays.stream(RoleMatrix.values()).filter(r -> r.allows(staff.roles())).map(r -> r.name().toLowerCase(Locale.ROOT)).toList()));
    }
}
