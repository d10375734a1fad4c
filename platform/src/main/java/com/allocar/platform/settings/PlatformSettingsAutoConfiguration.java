package com.allocar.platform.settings;

import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.platform.events.PlatformEventsAutoConfiguration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** For the services that apply admin settings ({@code allocar.settings.follow=true}): the settings in force and their listener. */
@AutoConfiguration(after = PlatformEventsAutoConfiguration.class)
@ConditionalOnProperty("allocar.settings.follow")
@ConditionalOnBean(Inbox.class)
public class PlatformSettingsAutoConfiguration {

    @Bean
    PlatformSettings platformSettings(JdbcClient jdbc, JsonMapper json) {
        return new PlatformSettings(jdbc, json);
    }

    @Bean
    SettingsChangedListener settingsChangedListener(EventReader reader, Inbox inbox, PlatformSettings settings,
                                                    @Value("${spring.application.name}") String service) {
        return new SettingsChangedListener(reader, inbox, settings, service);
    }
}
