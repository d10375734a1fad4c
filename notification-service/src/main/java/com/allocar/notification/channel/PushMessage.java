package com.allocar.notification.channel;

import java.util.Map;

/**
 * One push to one device.
 *
 * @param token  the device's FCM registration token
 * @param title  the notification's title
 * @param body   its text (cut to fit FCM's 4096 bytes if need be)
 * @param data   what the app reads when the member taps it ({@code template}, {@code booking_id}…): strings only
 * @param urgent delivered at once, waking the device (Android {@code high}, APNs 10); otherwise when convenient
 */
public record PushMessage(String token, String title, String body, Map<String, String> data, boolean urgent) {
}
