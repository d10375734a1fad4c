package com.allocar.platform.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceAuthProperties;
import com.allocar.platform.security.service.ServiceCaller;
import com.allocar.platform.security.service.ServiceKeys;
import com.allocar.platform.security.service.ServiceTokenVerifier;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.web.RequestLoggingFilter;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;
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
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every servlet service is a stateless resource server for identity's RS256 access tokens, honouring the revoke list
 * like the gateway does, so a service reached without the gateway is just as safe. {@code /internal/**} is for service
 * tokens only ({@link ServiceTokenFilter}), each route scoped to its callers ({@link CalledBy}). Actuator answers on
 * the management port (bound to loopback by default, see PlatformDefaults), never through the API port's rules.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class})
@EnableConfigurationProperties({SecurityProperties.class, ServiceAuthProperties.class})
@EnableMethodSecurity
public class PlatformSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceTokenVerifier serviceTokenVerifier(ServiceAuthProperties props, Environment env) {
        return new ServiceTokenVerifier(self(env), ServiceKeys.trusted(props.trustedKeys()), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceTokens serviceTokens(ServiceAuthProperties props, Environment env) {
        String key = props.privateKey();
        return new ServiceTokens(self(env), key == null || key.isBlank() ? null : ServiceKeys.privateKey(key), props.tokenTtl(),
                Clock.systemUTC());
    }

    @Bean
    @ConditionalOnMissingBean
    RevokedTokens revokedTokens(ObjectProvider<StringRedisTemplate> redis, SecurityProperties props) {
        StringRedisTemplate template = redis.getIfAvailable();
        if (template == null) {
            throw new IllegalStateException("the revoke list needs Redis: add spring-boot-starter-data-redis to this service");
        }
        return new RevokedTokens(template, props.revocationCache(), Clock.systemUTC());
    }

    @Bean
    WebMvcConfigurer calledByInterceptorConfigurer() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new CalledByInterceptor()).addPathPatterns(InternalPaths.PATTERN);
            }
        };
    }

    @Bean
    static InternalRoutesAudit internalRoutesAudit() {
        return new InternalRoutesAudit();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain allocarSecurityFilterChain(HttpSecurity http, SecurityProperties props, JsonMapper json,
                                                   ServiceTokenVerifier serviceTokens, RevokedTokens revoked,
                                                   ObjectProvider<JwtAuthenticationConverter> converter) throws Exception {
        var handlers = new EnvelopeSecurityHandlers(json);
        List<RequestMatcher> open = new ArrayList<>();
        for (String p : props.publicPaths()) {
            open.add(matcher(p));
        }
        // The error page is reached by forward only; its answers are the envelope (EnvelopeErrorController).
        open.add(matcher("/error"));
        // Each service's OpenAPI document, read by the gateway's /api/docs (services are not reachable from outside).
        open.add(matcher("GET /v3/api-docs"));
        open.add(matcher("GET /v3/api-docs/**"));
        // Served on the management port, bound to loopback (or the pod network) and never routed by the gateway.
        for (String p : List.of("/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")) {
            open.add(matcher("GET " + p));
        }
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .authorizeHttpRequests(a -> a
                        .requestMatchers(open.toArray(RequestMatcher[]::new)).permitAll()
                        .requestMatchers(InternalPaths.MATCHER).hasRole(ServiceCaller.ROLE)
                        .anyRequest().authenticated())
                .addFilterBefore(new ServiceTokenFilter(serviceTokens, handlers), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new RevokedTokenFilter(revoked, handlers), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new UserIdAttributeFilter(), RevokedTokenFilter.class)
                .oauth2ResourceServer(o -> o
                        // a service whose callers are not members (admin-service: staff) brings its own
                        .jwt(j -> j.jwtAuthenticationConverter(converter.getIfAvailable(PlatformSecurityAutoConfiguration::jwtAuthenticationConverter)))
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

    private static FleetService self(Environment env) {
        String name = env.getProperty("spring.application.name", "");
        return FleetService.fromWire(name).orElseThrow(() -> new IllegalStateException(
                "spring.application.name '" + name + "' is not a service of the fleet (FleetService)"));
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

    /** Refuses a member's token that identity has revoked (logout, refresh-token reuse): 401 {@code token_revoked}. */
    static final class RevokedTokenFilter extends OncePerRequestFilter {

        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RevokedTokenFilter.class);

        private final RevokedTokens revoked;
        private final EnvelopeSecurityHandlers handlers;

        RevokedTokenFilter(RevokedTokens revoked, EnvelopeSecurityHandlers handlers) {
            this.revoked = revoked;
            this.handlers = handlers;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
                                        jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, java.io.IOException {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
                boolean isRevoked;
                try {
                    isRevoked = revoked.isRevoked(jwt.getId(), jwt.getClaimAsString(TokenClaims.SESSION_ID));
                } catch (RuntimeException e) {
                    // Fails closed like the gateway: without the list a logged-out token cannot be told apart.
                    log.warn("Revoke list unavailable, refusing authenticated request: {}", e.toString());
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    handlers.unavailable(response, "revoke_list_unavailable");
                    return;
                }
                if (isRevoked) {
                    org.springframework.security.core.context.SecurityContextHolder.clearContext();
                    handlers.unauthorized(response, "token_revoked");
                    return;
                }
            }
            chain.doFilter(request, response);
        }
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
