package com.allocar.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.allocar.notification.channel.ChannelFailure;
import com.allocar.notification.channel.EmailSender;
import com.allocar.notification.channel.PushFailure;
import com.allocar.notification.channel.SmsSender;
import com.allocar.notification.config.NotificationProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Sends one queued e-mail, SMS or push attempt: claims it, tries the provider a few times with backoff (in this thread,
 * never the Kafka listener's), then logs it sent, or failed with when to try again (the retry job's business). A
 * provider's {@code Retry-After} is honoured: longer than the backoff here, the tries stop and the next one is not due
 * before it.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Attempts attempts;
    private final EmailSender email;
    private final SmsSender sms;
    private final SendPush push;
    private final DeliveryMetrics metrics;
    private final NotificationProperties.Delivery props;
    private final RetrySchedule schedule;
    private final Clock clock = Clock.systemUTC();

    Dispatcher(Attempts attempts, EmailSender email, SmsSender sms, SendPush push, DeliveryMetrics metrics, NotificationProperties props) {
        this.attempts = attempts;
        this.email = email;
        this.sms = sms;
        this.push = push;
        this.metrics = metrics;
        this.props = props.delivery();
        this.schedule = new RetrySchedule(this.props.retryBase(), this.props.retryCap(), this.props.maxAttempts());
    }

    /** @return whether this call sent it (false: not due, taken by someone else, or failed) */
    public boolean dispatch(UUID id) {
        var claimed = attempts.claim(id);
        if (claimed.isEmpty()) {
            return false;
        }
        Attempt a = claimed.get();
        Duration backoff = props.firstBackoff();
        ChannelFailure last = null;
        for (int t = 1; t <= Math.max(1, props.tries()); t++) {
            try {
                String providerId = switch (a.channel()) {
                    case EMAIL -> email.send(a.address(), a.subject(), a.text(), a.html());
                    case SMS -> sms.send(a.address(), a.text());
                    case PUSH -> push.send(a);
                    default -> throw new ChannelFailure("no sender for " + a.channel().wire(), true, null);
                };
                attempts.sent(a.id(), providerId);
                metrics.count(a.channel(), AttemptStatus.SENT);
                return true;
            } catch (ChannelFailure e) {
                last = e;
                if (e.permanent() || t == props.tries()) {
                    break;
                }
                Duration asked = retryAfter(e);
                if (asked != null && asked.compareTo(backoff) > 0) {
                    // the provider asks for a longer wait than a pause here: the schedule takes over
                    break;
                }
                pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
        Instant now = clock.instant();
        Instant next = last.permanent() ? null : schedule.next(a.attempts() + 1, now);
        Duration asked = retryAfter(last);
        if (next != null && asked != null && now.plus(asked).isAfter(next)) {
            next = now.plus(asked);
        }
        attempts.failed(a.id(), last.getMessage(), next);
        metrics.count(a.channel(), AttemptStatus.FAILED);
        log.warn("notification {} by {} failed (attempt {}): {}; {}", a.id(), a.channel().wire(), a.attempts() + 1, last.getMessage(),
                next == null ? "given up" : "next at " + next);
        return false;
    }

    /** The wait a provider asked for (FCM's Retry-After); null when none. */
    private static Duration retryAfter(ChannelFailure e) {
        return e instanceof PushFailure p ? p.retryAfter() : null;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
