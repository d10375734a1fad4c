/** A member's notification preferences per category; transactional categories are always on, marketing off by default. */
package com.allocar.notification.preference;
