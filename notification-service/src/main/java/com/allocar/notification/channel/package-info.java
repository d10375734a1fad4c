/** The providers: SMS through the aggregator's API, e-mail through SMTP, each behind an interface (push: slice 2). */
package com.allocar.notification.channel;
