package com.allocar.identity.auth.otp;

/** Where a one-time code is sent: SMS to the phone, or e-mail. */
public enum Channel { PHONE, EMAIL }
