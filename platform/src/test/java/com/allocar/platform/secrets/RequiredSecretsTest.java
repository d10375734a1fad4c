package com.allocar.platform.secrets;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequiredSecretsTest {

    /** A service's configuration as its application.yml writes it: placeholders without defaults. */
    private static StandardEnvironment env(Map<String, Object> extra, String... profiles) {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new MapPropertySource("extra", extra));
        env.getPropertySources().addLast(new MapPropertySource("application.yml", Map.of(
                "allocar.secrets[0]", "allocar.security.service-auth.private-key",
                "allocar.secrets[1]", "allocar.payment.wave.api-key",
                "allocar.security.service-auth.private-key", "${ALLOCAR_SERVICE_PRIVATE_KEY:}",
                "allocar.payment.wave.api-key", "${WAVE_API_KEY:}")));
        env.setActiveProfiles(profiles);
        return env;
    }

    private static void check(StandardEnvironment env) {
        RequiredSecrets check = new RequiredSecrets();
        check.setEnvironment(env);
        check.postProcessBeanFactory(new DefaultListableBeanFactory());
    }

    @Test
    void aMissingSecretStopsTheStartAndNamesItsVariable() {
        assertThatThrownBy(() -> check(env(Map.of("WAVE_API_KEY", "wave_sn_prod_x"), "prod")))
                .isInstanceOfSatisfying(MissingSecretsException.class, e -> assertThat(e.missing()).containsExactly(
                        new MissingSecretsException.Missing("allocar.security.service-auth.private-key", "ALLOCAR_SERVICE_PRIVATE_KEY")));
        assertThatThrownBy(() -> check(env(Map.of())))
                .isInstanceOfSatisfying(MissingSecretsException.class, e -> assertThat(e.missing()).extracting(MissingSecretsException.Missing::variable)
                        .containsExactly("ALLOCAR_SERVICE_PRIVATE_KEY", "WAVE_API_KEY"));
        assertThatThrownBy(() -> check(env(Map.of("WAVE_API_KEY", "  ", "ALLOCAR_SERVICE_PRIVATE_KEY", "k"), "docker")))
                .hasMessageContaining("WAVE_API_KEY");
    }

    @Test
    void everySecretSetLetsTheServiceStart() {
        check(env(Map.of("WAVE_API_KEY", "w", "ALLOCAR_SERVICE_PRIVATE_KEY", "k"), "prod"));
    }

    @Test
    void onlyTheLocalProfileMayRunWithoutThem() {
        check(env(Map.of(), "local"));
        check(env(Map.of(), "it", "local"));
    }

    @Test
    void theReportTellsWhatToSet() {
        var e = new MissingSecretsException(List.of(new MissingSecretsException.Missing("allocar.identity.otp.pepper", "ALLOCAR_OTP_PEPPER")));
        FailureAnalysis analysis = new MissingSecretsFailureAnalyzer().analyze(new IllegalStateException(e), e);
        assertThat(analysis.getDescription()).contains("refuses to start without its secrets").contains("ALLOCAR_OTP_PEPPER")
                .contains("allocar.identity.otp.pepper");
        assertThat(analysis.getAction()).contains("Secret").contains("./allocar secrets");
    }
}
