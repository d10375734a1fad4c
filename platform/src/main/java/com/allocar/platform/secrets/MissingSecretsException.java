package com.allocar.platform.secrets;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown at start-up when a service's secrets are not configured; {@link MissingSecretsFailureAnalyzer} explains it. */
public class MissingSecretsException extends IllegalStateException {

    /** One missing secret: the property and the environment variable that sets it. */
    public record Missing(String property, String variable) {
    }

    private final List<Missing> missing;

    public MissingSecretsException(List<Missing> missing) {
        super("Missing secrets: " + missing.stream().map(Missing::variable).collect(Collectors.joining(", ")));
        this.missing = List.copyOf(missing);
    }

    public List<Missing> missing() {
        return missing;
    }
}
