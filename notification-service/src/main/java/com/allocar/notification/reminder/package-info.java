/**
 * Trip reminders H-24 and H-2: one row per paid booking and kind ({@code reminders}), scheduled, moved and cancelled
 * from the booking events in the listener's transaction, claimed by {@code SendDueReminders} once each and told to the
 * passenger and the driver through the rules table and delivery, like any event.
 */
package com.allocar.notification.reminder;
