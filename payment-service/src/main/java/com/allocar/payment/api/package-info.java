/** payment-service's published contract: event types and payloads (ADR 006) and the internal API's records. */
package com.allocar.payment.api;
