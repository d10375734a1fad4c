/**
 * Delivery: notices become feed lines and attempts in the log ({@code notifications}) in the listener's transaction;
 * e-mails and SMS are sent after commit on a virtual thread ({@code Dispatcher}), failed ones by {@code RetryFailed}.
 */
package com.allocar.notification.delivery;
