/** What crosses identity-service's boundary: event payloads and their types (topics, keys, wire names). */
package com.allocar.identity.api;
