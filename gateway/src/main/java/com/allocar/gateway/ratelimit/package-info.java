/** Per-IP and per-user rate limits in Redis, and the client address the services are told. */
package com.allocar.gateway.ratelimit;
