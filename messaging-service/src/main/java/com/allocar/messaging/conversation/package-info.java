/** Who may talk: a read model of bookings (parties, status, end of the ride) fed by booking.bookings, and the chat window rule. */
package com.allocar.messaging.conversation;
