package com.allocar.notification.template;

/**
 * One template rendered in one language: {@code title}/{@code body} for the feed (and push), {@code subject},
 * {@code text} and {@code html} for e-mail, {@code sms} (null when the template has no SMS text).
 */
public record Rendered(TemplateId template, String language, String title, String body, String subject, String text, String html,
                       String sms) {
}
