package com.allocar.wallet;

import com.allocar.platform.events.OutboxEventWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** The append-only ledger is wallet's record: the platform's writer turns recorded events into outbox rows. */
@SpringBootApplication
@Import(OutboxEventWriter.class)
@ConfigurationPropertiesScan
@EnableFeignClients
public class WalletApplication {

    public static void main(String[] args) {
        SpringApplication.run(WalletApplication.class, args);
    }
}
