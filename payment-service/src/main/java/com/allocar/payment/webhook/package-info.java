/** Provider notifications, authenticated and applied exactly once. */
package com.allocar.payment.webhook;
