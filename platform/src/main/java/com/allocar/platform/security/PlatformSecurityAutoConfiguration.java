package com.allocar.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.allocar.platform.web.RequestLoggingFilter;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every servlet service is a stateless resource server for identity's RS256 access tokens. The
 * gateway checks tokens too (and the revoke list); checking again here keeps a service safe even
 * when reached without the gateway.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class})
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class PlatformSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain allocarSecurityFilterChain(HttpSecurity http, SecurityProperties props, JsonMapper json) throws Exception {
        var handlers = new EnvelopeSecurityHandlers(json);
        List<RequestMatcher> open = new ArrayList<>();
        for (String p : props.publicPaths()) {
            open.add(matcher(p));
        }
        for (String p : List.of("/actuator/health/**", "/actuator/health", "/actuator/info", "/actuator/prometheus",
                "/v3/api-docs/**", "/v3/api-docs", "/error")) {
            open.add(matcher(p));
        }
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(open.toArray(RequestMatcher[]::new)).permitAll()
                        .requestMatchers(PathPatternRequestMatcher.pathPattern("/internal/**")).hasRole(InternalTokenFilter.ROLE)
                        .anyRequest().authenticated())
                .addFilterBefore(new InternalTokenFilter(props.internalToken()), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new UserIdAttributeFilter(), BearerTokenAuthenticationFilter.class)
                .oauth2ResourceServer(o -> o
                        .jwt(j -> j.jwtAuthenticationConverter(jwtAuthenticationConverter()))
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(handlers.entryPoint())
                        .accessDeniedHandler(handlers.accessDenied()));
        return http.build();
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    @ConditionalOnProperty("allocar.security.jwks-uri")
    JwtDecoder allocarJwtDecoder(SecurityProperties props) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(props.jwksUri()).jwsAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(AccessTokenValidation.validator());
        return decoder;
    }

    static JwtAuthenticationConverter jwtAuthenticationConverter() {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            List<String> roles = jwt.getClaimAsStringList(TokenClaims.ROLES);
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            if (roles != null) {
                roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r.toUpperCase(java.util.Locale.ROOT))));
            }
            return authorities;
        });
        return converter;
    }

    private static RequestMatcher matcher(String spec) {
        String[] parts = spec.trim().split("\\s+", 2);
        if (parts.length == 2) {
            return PathPatternRequestMatcher.pathPattern(HttpMethod.valueOf(parts[0]), parts[1]);
        }
        return PathPatternRequestMatcher.pathPattern(parts[0]);
    }

    /** Hands the caller's id to the access log. */
    static final class UserIdAttributeFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
                request.setAttribute(RequestLoggingFilter.USER_ID_ATTRIBUTE, jwt.getSubject());
                org.slf4j.MDC.put(com.allocar.platform.api.RequestIds.USER_MDC_KEY, jwt.getSubject());
            }
            chain.doFilter(request, response);
        }
    }
}
