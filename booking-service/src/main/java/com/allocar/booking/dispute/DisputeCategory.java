package com.allocar.booking.dispute;

/** What a dispute is about. */
public enum DisputeCategory {
    PAYMENT, REFUND, NO_SHOW, DRIVER_BEHAVIOUR, PASSENGER_BEHAVIOUR, SAFETY, LOST_ITEM, OTHER
}
