/** HTTP and the chat socket (/ws/bookings/{id}): a booking's messages, read receipts, the member's conversations; the only code that sees web types. */
package com.allocar.messaging.chat.web;
