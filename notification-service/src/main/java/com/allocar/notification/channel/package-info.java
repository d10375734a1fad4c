/** The providers: SMS through the fleet's gateway (platform sms, Orange's API), e-mail through SMTP, push through FCM HTTP v1, each behind an interface. */
package com.allocar.notification.channel;
