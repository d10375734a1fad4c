/** Turns the events identity records into outbox rows, in the transaction that saved them. */
package com.allocar.identity.events;
