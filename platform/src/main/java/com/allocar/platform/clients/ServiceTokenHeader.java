package com.allocar.platform.clients;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Signs every call of a service client with this service's token for the callee, whose wire name is the client's
 * name ({@code @FeignClient(name = "trip-service", …)}): a client named after no fleet service cannot start a call.
 */
public class ServiceTokenHeader implements RequestInterceptor {

    private final ServiceTokens tokens;

    public ServiceTokenHeader(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public void apply(RequestTemplate template) {
        String name = template.feignTarget().name();
        FleetService callee = FleetService.fromWire(name)
                .orElseThrow(() -> new IllegalStateException("service client '" + name + "' is not named after a fleet service"));
        template.header(ServiceTokens.HEADER, tokens.tokenFor(callee));
        template.header("Accept", "application/json");
    }
}
