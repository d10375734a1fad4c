package com.allocar.admin.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The one kind of staff route that no role can hold because no one is signed in yet ({@code POST /admin/login}): open
 * in the gateway and here, in no row of the {@link RoleMatrix}. Anything else under {@code /api/v1/admin} is {@link StaffOnly}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BeforeSignIn {
}
