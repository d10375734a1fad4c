/** A member's devices (push tokens): register (upsert, a token moves to its new owner), remove. */
package com.allocar.notification.device;
