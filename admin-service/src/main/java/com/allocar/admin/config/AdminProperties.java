package com.allocar.admin.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param staff how staff tokens are checked again here (the gateway checked them first)
 */
@ConfigurationProperties("allocar.admin")
public record AdminProperties(Staff staff) {

    /**
     * @param issuer   Keycloak's realm {@code allocar}, pinned by its {@code --hostname}
     * @param audience what the admin console's tokens carry in {@code aud}
     * @param consoleClientId the admin console's public client (authorization code + PKCE) whose codes {@code /admin/login} exchanges
     */
    public record Staff(@DefaultValue("http://127.0.0.1:8180/realms/allocar") String issuer,
                        @DefaultValue("allocar-admin-api") String audience,
                        @DefaultValue("allocar-admin-console") String consoleClientId) {

        public String jwksUri() {
            return issuer + "/protocol/openid-connect/certs";
        }
    }
}
