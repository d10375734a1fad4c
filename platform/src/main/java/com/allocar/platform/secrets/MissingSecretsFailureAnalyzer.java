package com.allocar.platform.secrets;

import java.util.stream.Collectors;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a {@link MissingSecretsException} into the start-up report a person can act on. */
public class MissingSecretsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSecretsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSecretsException cause) {
        String list = cause.missing().stream()
                .map(m -> "    " + m.variable() + "   (" + m.property() + ")")
                .collect(Collectors.joining("\n"));
        return new FailureAnalysis(
                "This service refuses to start without its secrets, and these are not set:\n" + list,
                "Set the environment variables above (Kubernetes: the chart's Secret; docker compose: ./allocar secrets"
                        + " writes .env). Only the 'local' profile, used by ./allocar up, may run without them.",
                cause);
    }
}
