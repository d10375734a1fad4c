/** The chat itself: messages (an aggregate that records message.created), read receipts and each member's conversation list. */
package com.allocar.messaging.chat;
