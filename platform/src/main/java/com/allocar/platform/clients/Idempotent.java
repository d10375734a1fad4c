package com.allocar.platform.clients;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a method of a service client: calling it twice has the effect of calling it once (a GET, or a POST keyed by the
 * caller's id such as a hold per booking or a ledger entry per entry id), so an outage is retried. Methods without it
 * are never repeated by the client.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {
}
