package com.allocar.platform.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * An RFC 5322 addr-spec as used in practice: dot-atom local part (or quoted string), a domain of
 * LDH labels with a dot, at most 254 characters. Null is valid (combine with @NotNull).
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EmailAddress.Validator.class)
public @interface EmailAddress {

    String message() default "must be a valid e-mail address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EmailAddress, String> {
        private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]";
        private static final String LOCAL = "(?:" + ATEXT + "+(?:\\." + ATEXT + "+)*|\"(?:[\\x20-\\x21\\x23-\\x5b\\x5d-\\x7e]|\\\\[\\x20-\\x7e])*\")";
        private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
        private static final Pattern ADDR = Pattern.compile(LOCAL + "@" + LABEL + "(?:\\." + LABEL + ")+");

        public static boolean valid(String value) {
            return value.length() <= 254 && value.indexOf('@') <= 64 && ADDR.matcher(value).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || valid(value);
        }
    }
}
