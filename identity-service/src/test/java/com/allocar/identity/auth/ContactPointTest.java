package com.allocar.identity.auth;

import com.allocar.identity.auth.otp.Channel;
import com.allocar.identity.auth.password.PasswordPolicy;
import com.allocar.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContactPointTest {

    @Test
    void identifierIsAPhoneOrAnEmail() {
        assertThat(ContactPoint.identifier(" +225 07 01 02 03 04 ")).isEqualTo(new ContactPoint(Channel.PHONE, "+2250701020304"));
        assertThat(ContactPoint.identifier("Awa.Kone@Example.CI")).isEqualTo(new ContactPoint(Channel.EMAIL, "awa.kone@example.ci"));
        assertThatThrownBy(() -> ContactPoint.identifier("awakone")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ContactPoint.identifier("+2251")).isInstanceOf(ApiException.class);
    }

    @Test
    void exactlyOneOfPhoneOrEmail() {
        assertThatThrownBy(() -> ContactPoint.oneOf(null, null)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> ContactPoint.oneOf("+2250701020304", "a@b.ci")).isInstanceOf(ApiException.class);
        assertThat(ContactPoint.oneOf(null, "a@b.ci").channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void masksDestinations() {
        assertThat(ContactPoint.phone("+2250701020304").masked()).isEqualTo("+225*******304");
        assertThat(ContactPoint.email("awa@example.ci").masked()).isEqualTo("a***@example.ci");
    }

    @Test
    void passwordPolicy() {
        assertThat(PasswordPolicy.Validator.acceptable("Akwaba2025")).isTrue();
        assertThat(PasswordPolicy.Validator.acceptable("short1")).isFalse();
        assertThat(PasswordPolicy.Validator.acceptable("onlyletters")).isFalse();
        assertThat(PasswordPolicy.Validator.acceptable("12345678")).isFalse();
        assertThat(PasswordPolicy.Validator.acceptable("a1".repeat(65))).isFalse();
    }
}
