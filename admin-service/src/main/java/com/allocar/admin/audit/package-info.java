/**
 * The fleet's audit trail ({@code audit_logs}, append-only in the database): the owners' {@code audit.recorded} events
 * and admin-service's own role-sensitive reads, searched by staff.
 */
package com.allocar.admin.audit;
