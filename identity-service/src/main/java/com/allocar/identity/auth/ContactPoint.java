package com.allocar.identity.auth;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.allocar.identity.auth.otp.Channel;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.validation.EmailAddress;
import com.allocar.platform.validation.PhoneNumbers;

/** A normalised phone (E.164) or e-mail (lower-case) that identifies a user and receives codes. */
public record ContactPoint(Channel channel, String value) {

    public static ContactPoint phone(String raw) {
        return new ContactPoint(Channel.PHONE, PhoneNumbers.normalize(raw)
                .orElseThrow(() -> ApiException.validation("phone", "must be a valid phone number in E.164 format")));
    }

    public static ContactPoint email(String raw) {
        String e = raw.trim();
        if (!EmailAddress.Validator.valid(e)) {
            throw ApiException.validation("email", "must be a valid e-mail address");
        }
        return new ContactPoint(Channel.EMAIL, e.toLowerCase(Locale.ROOT));
    }

    /** Exactly one of phone / email. */
    public static ContactPoint oneOf(String phone, String email) {
        if ((phone == null) == (email == null)) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Give either a phone number or an e-mail address",
                    Map.of("fields", List.of(Map.of("field", "phone", "message", "exactly one of phone or email is required"))));
        }
        return phone != null ? phone(phone) : email(email);
    }

    /** A login identifier: a phone if it starts with '+', an e-mail if it has an '@'. */
    public static ContactPoint identifier(String raw) {
        String s = raw.trim();
        if (s.startsWith("+")) {
            return phone(s);
        }
        if (s.contains("@")) {
            return email(s);
        }
        throw ApiException.validation("identifier", "must be a phone number in E.164 format or an e-mail address");
    }

    public String masked() {
        if (channel == Channel.PHONE) {
            return PhoneNumbers.mask(value);
        }
        int at = value.indexOf('@');
        return value.charAt(0) + "***" + value.substring(at);
    }
}
