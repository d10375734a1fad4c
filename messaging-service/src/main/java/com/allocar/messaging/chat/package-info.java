/** The chat itself: messages (an aggregate that records message.created), read receipts, each member's conversation list, and their live frames. */
package com.allocar.messaging.chat;
