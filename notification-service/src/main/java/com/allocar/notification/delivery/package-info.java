/**
 * Delivery: notices become feed lines and attempts in the log ({@code notifications}) in the listener's transaction;
 * e-mails, SMS and pushes are sent after commit on a virtual thread ({@code Dispatcher}; a push to each of the member's
 * devices, {@code SendPush}), failed ones by {@code RetryFailed}.
 */
package com.allocar.notification.delivery;
