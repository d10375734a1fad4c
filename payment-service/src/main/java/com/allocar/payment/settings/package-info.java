/**
 * The admin settings payment-service owns — the platform commission (% + fixed) and the payout threshold (and, through
 * the platform's {@code WalletSwitch}, whether members may pay from their wallet) — as staff set them in admin-service, read from the platform settings in force;
 * the properties are the defaults until the first version.
 */
package com.allocar.payment.settings;
