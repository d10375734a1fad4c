/** The spec's envelopes and error catalogue: what every answer of the fleet looks like. */
package com.allocar.platform.api;
