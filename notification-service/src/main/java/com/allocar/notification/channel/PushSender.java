package com.allocar.notification.channel;

/** Sends one push to one device; the adapter speaks FCM HTTP v1 ({@link FcmPushSender}). */
public interface PushSender {

    /** @return FCM's name of the message ({@code projects/{project}/messages/{id}}), the provider id */
    String send(PushMessage message) throws PushFailure;

    /** False when no Firebase project is configured: push attempts are then skipped, not queued. */
    default boolean configured() {
        return true;
    }

    /** Push without credentials: nothing is sent (a stray queued attempt fails for good). */
    PushSender NOT_CONFIGURED = new PushSender() {
        @Override
        public String send(PushMessage message) throws PushFailure {
            throw PushFailure.refused(null, "push is not configured (allocar.notification.push.credentials)");
        }

        @Override
        public boolean configured() {
            return false;
        }
    };
}
