/** Fleet-wide Spring defaults (wire format, actuator, persistence, Kafka, clients) that a service may override. */
package com.allocar.platform.config;
