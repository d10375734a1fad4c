/** What crosses wallet-service's boundary: event payloads and types, the internal API's records, and their enums. */
package com.allocar.wallet.api;
