/**
 * Templates by id ({@code TemplateId}), French (default) and English, in {@code templates/notifications_<lang>.properties},
 * rendered by JMustache from one record of typed variables per template; the e-mail's HTML is the text in
 * {@code templates/layout.html}. SMS length rule: {@code SmsSegments}.
 */
package com.allocar.notification.template;
