/** Turns the events wallet-service's aggregates record into outbox rows, in the transaction that stores them. */
package com.allocar.wallet.events;
