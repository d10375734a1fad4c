package com.allocar.identity.auth.password;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Passwords: 8 to 128 characters with at least one letter and one digit. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordPolicy.Validator.class)
public @interface PasswordPolicy {

    String message() default "must be 8 to 128 characters with at least one letter and one digit";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PasswordPolicy, String> {
        public static boolean acceptable(String p) {
            return p.length() >= 8 && p.length() <= 128 && p.chars().anyMatch(Character::isLetter)
                    && p.chars().anyMatch(Character::isDigit);
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || acceptable(value);
        }
    }
}
