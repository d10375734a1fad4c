package com.allocar.platform.sms;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformSmsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformSmsAutoConfiguration.class));

    @Test
    void a_service_that_names_no_provider_has_no_gateway() {
        runner.run(ctx -> assertThat(ctx).doesNotHaveBean(SmsGateway.class));
    }

    @Test
    void allocar_sms_configures_the_orange_gateway() {
        runner.withPropertyValues("allocar.sms.base-url=http://127.0.0.1:1", "allocar.sms.client-id=id",
                "allocar.sms.client-secret=secret", "allocar.sms.sender-name=AlloCar", "allocar.sms.read-timeout=3s")
                .run(ctx -> {
                    assertThat(ctx).hasSingleBean(SmsGateway.class);
                    assertThat(ctx.getBean(SmsGateway.class)).isInstanceOf(OrangeSmsGateway.class);
                    SmsProperties props = ctx.getBean(SmsProperties.class);
                    assertThat(props.senderAddress()).isEqualTo("tel:+2250000");
                    assertThat(props.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(props.readTimeout()).isEqualTo(Duration.ofSeconds(3));
                });
    }

    @Test
    void missing_credentials_stop_the_start() {
        runner.withPropertyValues("allocar.sms.base-url=http://127.0.0.1:1")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasRootCauseMessage("allocar.sms.client-id must be set"));
    }
}
