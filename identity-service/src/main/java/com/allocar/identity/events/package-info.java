/** The events identity-service records of its users (the platform's OutboxEventWriter turns them into outbox rows). */
package com.allocar.identity.events;
