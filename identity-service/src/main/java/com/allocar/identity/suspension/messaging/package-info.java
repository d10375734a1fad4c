/** booking's new rating averages → the low-rating driver hold. */
package com.allocar.identity.suspension.messaging;
