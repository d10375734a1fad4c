/** Events between services: aggregates record them, the outbox publishes them after commit, the inbox reads each once. */
package com.allocar.platform.events;
