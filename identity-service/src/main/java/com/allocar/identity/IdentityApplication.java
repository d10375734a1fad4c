package com.allocar.identity;

import com.allocar.platform.events.OutboxEventWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;

/** No audit table here: the platform's writer turns recorded events into outbox rows. */
@SpringBootApplication
@Import(OutboxEventWriter.class)
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
