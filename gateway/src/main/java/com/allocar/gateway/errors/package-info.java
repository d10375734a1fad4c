/** Every failure of the gateway or of an upstream answered in the spec's error envelope. */
package com.allocar.gateway.errors;
