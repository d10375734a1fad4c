package com.allocar.platform.security.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The services allowed to call an {@code /internal/**} handler (on the method, or on its controller for all its
 * methods). Every internal handler must carry it — a service refuses to start otherwise — and a caller not listed
 * gets 403, even with a valid token.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface CalledBy {

    FleetService[] value();
}
