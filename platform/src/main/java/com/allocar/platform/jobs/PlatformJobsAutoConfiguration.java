package com.allocar.platform.jobs;

import javax.sql.DataSource;

import com.allocar.platform.idempotency.IdempotencyStore;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled jobs run once per cluster (ShedLock on the service's own {@code shedlock} table), plus
 * the platform's housekeeping: expired idempotency keys and old published outbox rows.
 * {@code allocar.jobs.enabled=false} turns scheduling off (tests drive jobs directly).
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnClass({LockProvider.class, JdbcTemplateLockProvider.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(value = "allocar.jobs.enabled", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class PlatformJobsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PlatformJobsAutoConfiguration.class);

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    HousekeepingJobs platformHousekeeping(JdbcClient jdbc) {
        return new HousekeepingJobs(jdbc);
    }

    public static class HousekeepingJobs {
        private final JdbcClient jdbc;

        HousekeepingJobs(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        @Scheduled(cron = "${allocar.jobs.housekeeping-cron:0 17 * * * *}")
        @SchedulerLock(name = "platform-housekeeping")
        public void purge() {
            int keys = new IdempotencyStore(jdbc).purgeExpired();
            int events = jdbc.sql("DELETE FROM outbox WHERE published_at < now() - interval '7 days'").update();
            int inbox = jdbc.sql("DELETE FROM inbox WHERE handled_at < now() - interval '30 days'").update();
            log.info("housekeeping purged {} idempotency keys, {} outbox rows, {} inbox rows", keys, events, inbox);
        }
    }
}
