package com.allocar.notification.delivery;

import java.util.UUID;

import com.allocar.notification.routing.Channel;

/** A claimed e-mail or SMS attempt, with what was rendered for it. */
record Attempt(UUID id, Channel channel, String address, String subject, String text, String html, int attempts) {
}
