package com.allocar.platform.events;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Outbox, relay and inbox for every service that has both a database and Kafka. */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, KafkaAutoConfiguration.class},
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnClass({KafkaTemplate.class, JdbcClient.class})
@ConditionalOnBean(javax.sql.DataSource.class)
public class PlatformEventsAutoConfiguration {

    @Bean
    OutboxRelay outboxRelay(JdbcClient jdbc, PlatformTransactionManager txm, KafkaTemplate<String, String> kafka,
                            @Value("${allocar.outbox.poll-interval-ms:500}") long pollMillis) {
        return new OutboxRelay(jdbc, new TransactionTemplate(txm), kafka, pollMillis);
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, OutboxRelay relay) {
        return new Outbox(jdbc, json, relay);
    }

    @Bean
    RecordedEvents recordedEvents(ApplicationEventPublisher publisher) {
        return new RecordedEvents(publisher);
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, EventReader reader) {
        return new Inbox(jdbc, reader);
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }
}
