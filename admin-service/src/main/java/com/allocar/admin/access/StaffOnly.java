package com.allocar.admin.access;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The {@link RoleMatrix} row a staff route belongs to; checked before the handler runs ({@link StaffAccessInterceptor}). */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface StaffOnly {

    RoleMatrix value();
}
