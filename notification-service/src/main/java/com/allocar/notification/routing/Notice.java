package com.allocar.notification.routing;

import java.util.Set;
import java.util.UUID;

import com.allocar.notification.template.TemplateVars;

/** One member to tell one thing (a template and its variables) on some channels: a row of the rules, applied. */
public record Notice(UUID userId, TemplateVars vars, Set<Channel> channels) {
}
