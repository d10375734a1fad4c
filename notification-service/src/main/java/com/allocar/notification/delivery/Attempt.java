package com.allocar.notification.delivery;

import java.util.UUID;

import com.allocar.notification.routing.Channel;

/**
 * A claimed attempt, with what was rendered for it: e-mail (address, subject, text, html), SMS (address, text), push
 * (subject = the title, text = the body, data = the app's ids as JSON; the devices are the member's when it is sent).
 */
record Attempt(UUID id, UUID userId, String template, Channel channel, String address, String subject, String text, String html,
               String data, int attempts) {
}
