package com.allocar.platform.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start a service whose secrets are missing, outside the {@code local} profile: each service lists the
 * properties that hold its secrets under {@code allocar.secrets}, and none of them has a default in the base
 * configuration. Runs before any bean is created (no database connection, no Kafka) and names the environment
 * variable to set — the one the property's placeholder reads.
 */
public class RequiredSecrets implements BeanFactoryPostProcessor, EnvironmentAware {

    public static final String PROPERTY = "allocar.secrets";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.-]+)");

    private ConfigurableEnvironment env;

    @Override
    public void setEnvironment(Environment environment) {
        this.env = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (env.acceptsProfiles(Profiles.of("local"))) {
            return;
        }
        List<MissingSecretsException.Missing> missing = missing(env);
        if (!missing.isEmpty()) {
            throw new MissingSecretsException(missing);
        }
    }

    static List<MissingSecretsException.Missing> missing(ConfigurableEnvironment env) {
        List<String> required = Binder.get(env).bind(PROPERTY, Bindable.listOf(String.class)).orElse(List.of());
        List<MissingSecretsException.Missing> missing = new ArrayList<>();
        for (String property : required) {
            String value;
            try {
                value = env.getProperty(property);
            } catch (IllegalArgumentException unresolvable) {
                value = null;
            }
            if (value == null || value.isBlank()) {
                missing.add(new MissingSecretsException.Missing(property, variableOf(env, property)));
            }
        }
        return missing;
    }

    /** The variable the property's raw value reads ({@code ${WAVE_API_KEY:}} → WAVE_API_KEY), else its relaxed name. */
    static String variableOf(ConfigurableEnvironment env, String property) {
        for (var source : env.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> e && e.containsProperty(property)) {
                Object raw = e.getProperty(property);
                Matcher m = PLACEHOLDER.matcher(String.valueOf(raw));
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace("-", "");
    }
}
