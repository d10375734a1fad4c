/**
 * The admin settings payment-service owns — the platform commission (% + fixed) and the payout threshold — as staff set
 * them in admin-service, applied live from {@code settings.changed}; the properties are the defaults until then.
 */
package com.allocar.payment.settings;
