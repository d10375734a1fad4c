package com.allocar.platform.events;

import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
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

    /** Retries with growing pauses, then the record's dead-letter topic ({@link DeadLetters}); Boot's listener factory uses it. */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    CommonErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, JsonMapper json,
                                         @Value("${allocar.kafka.retry.initial-interval:PT0.2S}") Duration initial,
                                         @Value("${allocar.kafka.retry.max-interval:PT30S}") Duration maxInterval,
                                         @Value("${allocar.kafka.retry.max-elapsed:PT15M}") Duration maxElapsed) {
        return DeadLetters.errorHandler(kafka, json, initial, maxInterval, maxElapsed);
    }

    @Bean
    EventReader eventReader(JsonMapper json) {
        return new EventReader(json);
    }
}
