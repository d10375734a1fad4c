/**
 * notification-service: what a member hears from AlloCar. The owners' events (booking, payment, identity, messaging)
 * become notices by one rules table ({@code routing.NotificationRules}), rendered from templates by id in French or
 * English, delivered on the in-app feed, by push (FCM), e-mail and SMS, each attempt logged and retried.
 */
package com.allocar.notification;
