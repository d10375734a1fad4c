package com.allocar.messaging;

import com.allocar.platform.events.OutboxEventWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.context.annotation.Import;

/**
 * The messages table is the chat's record (no audit table of its own): the platform's writer turns what the Message
 * aggregate recorded into its outbox row, in the saving transaction (ADR 008).
 */
@SpringBootApplication
@Import(OutboxEventWriter.class)
@ConfigurationPropertiesScan
@EnableFeignClients
public class MessagingApplication {

    public static void main(String[] args) {
        SpringApplication.run(MessagingApplication.class, args);
    }
}
