/** booking-service's internal API, as messaging-service uses it (a booking it has not heard of yet). */
package com.allocar.messaging.booking;
