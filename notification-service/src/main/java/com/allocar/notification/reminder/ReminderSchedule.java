package com.allocar.notification.reminder;

import java.time.Instant;

/**
 * When a trip reminder is due and whether it is still worth sending. Each kind has a window: H-24 from 24 h before
 * departure until the H-2 one is due, H-2 from 2 h before until departure. Plain Java.
 *
 * <ul>
 * <li>Paid (or moved) after its moment: not scheduled ({@code skipped}): the confirmation, or the "departure changed"
 * notice, has just given the member the time (booked 5 h before departure → only H-2).</li>
 * <li>Moved: the due time follows the new departure. An already sent reminder whose moment is in the future again
 * (the departure moved later) is re-armed: the member would otherwise get no reminder before the real departure.</li>
 * <li>Sent late (the job was down): past its window it is {@code skipped}, so a member never gets H-24 and H-2
 * together, nor a reminder after the car left.</li>
 * </ul>
 */
public final class ReminderSchedule {

    private ReminderSchedule() {
    }

    public static Instant due(ReminderKind kind, Instant departure) {
        return departure.minus(kind.lead());
    }

    /** The status of a reminder written when the booking is paid at {@code at}. */
    public static ReminderStatus onPaid(ReminderKind kind, Instant departure, Instant at) {
        return due(kind, departure).isAfter(at) ? ReminderStatus.SCHEDULED : ReminderStatus.SKIPPED;
    }

    /** The status of a reminder in {@code current} state once its departure moved from {@code before} to {@code after} at {@code at}. */
    public static ReminderStatus onMoved(ReminderKind kind, ReminderStatus current, Instant before, Instant after, Instant at) {
        boolean ahead = due(kind, after).isAfter(at);
        return switch (current) {
            case CANCELLED -> ReminderStatus.CANCELLED;
            case SENT -> ahead && !after.equals(before) ? ReminderStatus.SCHEDULED : ReminderStatus.SENT;
            case SCHEDULED, SKIPPED -> ahead ? ReminderStatus.SCHEDULED : ReminderStatus.SKIPPED;
        };
    }

    /** Whether a due reminder claimed at {@code now} is past its window (skipped instead of sent). */
    public static boolean stale(ReminderKind kind, Instant departure, Instant now) {
        Instant end = switch (kind) {
            case H24 -> due(ReminderKind.H2, departure);
            case H2 -> departure;
        };
        return !now.isBefore(end);
    }
}
