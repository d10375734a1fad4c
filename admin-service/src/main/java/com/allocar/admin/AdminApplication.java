package com.allocar.admin;

import com.allocar.platform.events.OutboxEventWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Import;

/**
 * The staff API (ADR 011, 012): staff sign in with Keycloak; every route is a row of the {@link access.RoleMatrix}; the
 * owners' data is reached through their internal APIs; the fleet's audit trail is kept here. What admin-service publishes
 * (settings.changed) leaves through the platform's event writer and outbox, in the transaction that made the change.
 */
@SpringBootApplication
@Import(OutboxEventWriter.class)
@ConfigurationPropertiesScan
@EnableFeignClients
public class AdminApplication {

    public static void main(String[] args) {
        SpringApplication.run(AdminApplication.class, args);
    }
}
