package com.allocar.platform.secrets;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Every service of the fleet, servlet or reactive, checks its secrets first. */
@AutoConfiguration
public class PlatformSecretsAutoConfiguration {

    @Bean
    static RequiredSecrets allocarRequiredSecrets() {
        return new RequiredSecrets();
    }
}
