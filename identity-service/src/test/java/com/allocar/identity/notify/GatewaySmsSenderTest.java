package com.allocar.identity.notify;

import java.util.ArrayList;
import java.util.List;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.sms.SmsBalance;
import com.allocar.platform.sms.SmsFailure;
import com.allocar.platform.sms.SmsGateway;
import com.allocar.platform.sms.SmsRejected;
import com.allocar.platform.sms.SmsUnavailable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GatewaySmsSenderTest {

    private final List<String> sent = new ArrayList<>();

    private GatewaySmsSender sender(SmsFailure failure) {
        return new GatewaySmsSender(new SmsGateway() {
            @Override
            public String send(String toE164, String text) {
                if (failure != null) {
                    throw failure;
                }
                sent.add(toE164 + " " + text);
                return "id";
            }

            @Override
            public SmsBalance balance() {
                return new SmsBalance(0, null);
            }
        });
    }

    @Test
    void sends_through_the_gateway() {
        sender(null).send("+2250701020304", "Votre code AlloCar : 123456");
        assertThat(sent).containsExactly("+2250701020304 Votre code AlloCar : 123456");
    }

    @Test
    void any_provider_failure_is_the_members_503() {
        for (SmsFailure failure : List.of(new SmsUnavailable("Orange send unreachable", null), new SmsRejected("SVC0002"))) {
            assertThatThrownBy(() -> sender(failure).send("+2250701020304", "code"))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE))
                    .hasMessage("SMS could not be sent; retry in a moment");
        }
    }
}
