/** The routes' circuit breakers: what a client is told when a service is down or its breaker is open. */
package com.allocar.gateway.resilience;
