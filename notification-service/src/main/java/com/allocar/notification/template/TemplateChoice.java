package com.allocar.notification.template;

import java.util.Map;

import com.allocar.platform.settings.PlatformSettings;

import org.springframework.stereotype.Component;

/**
 * The template variants staff chose in admin settings ({@code templates}: {@code "<template>.<push|email|sms>":
 * "<variant>"}), read from the platform settings in force for each notice; none chosen = the default texts.
 */
@Component
public class TemplateChoice {

    private final PlatformSettings settings;

    TemplateChoice(PlatformSettings settings) {
        this.settings = settings;
    }

    public Map<String, String> current() {
        return settings.current().strings("templates");
    }
}
