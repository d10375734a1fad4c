package com.allocar.platform.security.service;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authentication of a verified service token: who called. */
public final class ServiceCaller extends AbstractAuthenticationToken {

    public static final String ROLE = "SERVICE";

    private final FleetService caller;

    public ServiceCaller(FleetService caller) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
        this.caller = caller;
        setAuthenticated(true);
    }

    public FleetService caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller.wire();
    }
}
