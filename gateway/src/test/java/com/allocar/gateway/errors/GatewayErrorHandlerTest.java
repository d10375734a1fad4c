package com.allocar.gateway.errors;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayErrorHandlerTest {

    @Test
    void refusedOrUnresolvableServiceIsUnavailable() {
        assertThat(GatewayErrorHandler.classify(new IllegalStateException("wrapped", new ConnectException("refused")), "identity"))
                .isEqualTo(new GatewayErrorHandler.Failure(ErrorCode.SERVICE_UNAVAILABLE, "The service is unavailable, try again later",
                        Map.of("service", "identity")));
        assertThat(GatewayErrorHandler.classify(new UnknownHostException("trip"), "trip").code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
    }

    @Test
    void timeoutsAreGatewayTimeouts() {
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "slow", new TimeoutException()), "identity").code())
                .isEqualTo(ErrorCode.GATEWAY_TIMEOUT);
    }

    @Test
    void otherFailuresWhileProxyingAreBadGateway() {
        assertThat(GatewayErrorHandler.classify(new IOException("Connection prematurely closed"), "identity").code())
                .isEqualTo(ErrorCode.BAD_GATEWAY);
    }

    @Test
    void noRouteIsNotFoundAndUnknownErrorsAreInternal() {
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.NOT_FOUND), null).code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(GatewayErrorHandler.classify(new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED), null).code())
                .isEqualTo(ErrorCode.METHOD_NOT_ALLOWED);
        assertThat(GatewayErrorHandler.classify(new IllegalStateException("bug"), null).code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
    }

    @Test
    void apiExceptionsKeepTheirCodeAndDetails() {
        var failure = GatewayErrorHandler.classify(new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "x", Map.of("reason", "jwks_unavailable")), null);
        assertThat(failure.details()).containsEntry("reason", "jwks_unavailable");
    }
}
