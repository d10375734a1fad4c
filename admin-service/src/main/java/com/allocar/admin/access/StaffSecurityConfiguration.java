package com.allocar.admin.access;

import java.util.List;
import java.util.Locale;

import com.allocar.admin.config.AdminProperties;
import com.allocar.platform.security.StaffTokenRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * admin-service's callers are staff, not members: the platform's resource server here verifies Keycloak's tokens
 * (realm JWKS, issuer, audience, expiry — the platform's {@link StaffTokenRules}, as the gateway does) and maps the staff
 * roles of {@code realm_access.roles} to authorities; a member's token does not verify (another signer) and is 401.
 */
@Configuration(proxyBeanMethods = false)
class StaffSecurityConfiguration implements WebMvcConfigurer {

    static final String STAFF_ROUTES = "/api/v1/admin/**";

    @Bean
    JwtDecoder staffJwtDecoder(AdminProperties props) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(props.staff().jwksUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(StaffTokenRules.validator(props.staff().issuer(), props.staff().audience()));
        return decoder;
    }

    @Bean
    JwtAuthenticationConverter staffAuthenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> StaffTokenRules.roles(jwt, StaffTokenRules.ROLES).stream()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.toUpperCase(Locale.ROOT)))
                .toList());
        return converter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new StaffAccessInterceptor()).addPathPatterns(STAFF_ROUTES);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new StaffArgumentResolver());
    }
}
