/** Idempotency-Key on POSTs: a repeated request gets the first answer, never a second effect. */
package com.allocar.platform.idempotency;
