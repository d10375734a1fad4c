/** admin-service's {@code settings.changed}. */
package com.allocar.payment.settings.messaging;
