package com.allocar.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DevStackConfigTest {

    @Test
    void defaultsAreTheDevPorts() {
        DevStackConfig c = DevStackConfig.parse(new String[0], Map.of());
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.kafkaEnabled()).isTrue();
        assertThat(c.kafkaPort()).isEqualTo(9092);
        assertThat(c.smtpPort()).isEqualTo(3025);
        assertThat(c.s3Port()).isEqualTo(9000);
        assertThat(c.httpPort()).isEqualTo(8025);
        assertThat(c.smsClient()).isEqualTo(new DevStackConfig.SmsClient("dev-sms-client", "dev-sms-secret"));
        assertThat(c.s3Identity()).isEqualTo("allocar");
        assertThat(c.s3Credential()).isEqualTo("allocar-secret");
        assertThat(c.kafkaAdvertisedHost()).isEqualTo("127.0.0.1");
        assertThat(c.providersPort()).isEqualTo(8090);
        assertThat(c.providers().callbackBaseUrl()).isEqualTo("http://127.0.0.1:8080");
        assertThat(c.providers().waveApiKey()).isEqualTo("wave_sn_dev_local");
        assertThat(c.providers().mtnCallbackHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void parsesEveryOption() {
        DevStackConfig c = DevStackConfig.parse(new String[] {"--kafka-port=19092", "--smtp-port=13025",
            "--s3-port=19000", "--http-port=18025", "--dir=/tmp/x/../y", "--no-kafka", "--host=0.0.0.0",
            "--kafka-controller-port=19093", "--providers-port=18090", "--providers-callback-url=http://localhost:18080/"},
            Map.of("SMS_CLIENT_ID", "id", "SMS_CLIENT_SECRET", "secret", "WAVE_API_KEY", "wk"));
        assertThat(c.providersPort()).isEqualTo(18090);
        assertThat(c.providers().callbackBaseUrl()).isEqualTo("http://localhost:18080");
        assertThat(c.providers().mtnCallbackHost()).isEqualTo("localhost");
        assertThat(c.providers().waveApiKey()).isEqualTo("wk");
        assertThat(c.kafkaPort()).isEqualTo(19092);
        assertThat(c.kafkaControllerPort()).isEqualTo(19093);
        assertThat(c.smtpPort()).isEqualTo(13025);
        assertThat(c.s3Port()).isEqualTo(19000);
        assertThat(c.httpPort()).isEqualTo(18025);
        assertThat(c.dir()).isEqualTo(Path.of("/tmp/y"));
        assertThat(c.kafkaEnabled()).isFalse();
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.kafkaAdvertisedHost()).isEqualTo("127.0.0.1");
        assertThat(c.smsClient()).isEqualTo(new DevStackConfig.SmsClient("id", "secret"));
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> DevStackConfig.parse(new String[] {"--kafka-port=0"}, Map.of()))
                .hasMessageContaining("--kafka-port must be a port number");
        assertThatThrownBy(() -> DevStackConfig.parse(new String[] {"--smtp-port=70000"}, Map.of()))
                .hasMessageContaining("--smtp-port");
        assertThatThrownBy(() -> DevStackConfig.parse(new String[] {"--what=1"}, Map.of()))
                .hasMessageContaining("unknown option: --what");
        assertThatThrownBy(() -> DevStackConfig.parse(new String[] {"--providers-callback-url=ftp://x"}, Map.of()))
                .hasMessageContaining("--providers-callback-url must be an http(s) URL");
        assertThatThrownBy(() -> DevStackConfig.parse(new String[] {"kafka"}, Map.of()))
                .hasMessageContaining("unknown argument");
    }
}
