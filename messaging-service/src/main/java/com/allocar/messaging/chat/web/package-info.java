/** HTTP: a booking's messages, read receipts and the member's conversations. */
package com.allocar.messaging.chat.web;
