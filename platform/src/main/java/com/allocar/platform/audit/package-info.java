/**
 * The fleet's audit trail: one event, {@code audit.recorded} on topic {@code audit.entries}, that each owner records
 * beside a critical transition (staff decisions, refunds, payouts, suspensions, settings changes) so that it leaves
 * through the owner's outbox in the transaction that made the change; admin-service keeps them as {@code audit_logs}.
 */
package com.allocar.platform.audit;
