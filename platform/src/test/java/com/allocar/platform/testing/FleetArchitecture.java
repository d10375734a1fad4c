package com.allocar.platform.testing;

import java.util.Arrays;
import java.util.stream.Stream;

import com.allocar.platform.security.service.FleetService;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The fleet's architecture rules every service checks, with the list of services in one place ({@link FleetService}
 * and the gateway): a service's code never depends on another service's code (JSON and the contract fixtures are
 * the only link), and its published contract ({@code api}) is plain records, enums and constants.
 */
public final class FleetArchitecture {

    private FleetArchitecture() {
    }

    /** {@code com.allocar.booking} for booking-service. */
    public static String root(FleetService service) {
        return "com.allocar." + service.wire().replace("-service", "");
    }

    /** No class of {@code self} depends on a class of another service or of the gateway. */
    public static ArchRule noOtherServiceCode(FleetService self) {
        String[] others = Stream.concat(Arrays.stream(FleetService.values()).filter(s -> s != self).map(FleetArchitecture::root),
                Stream.of("com.allocar.gateway")).map(p -> p + "..").toArray(String[]::new);
        return noClasses().that().resideInAPackage(root(self) + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services talk through JSON only: events and internal APIs, checked by the contract fixtures");
    }

    /** The published contract depends on nothing but itself, the JDK, validation annotations and the platform's events and lifecycles. */
    public static ArchRule contractIsSelfContained(FleetService self) {
        return classes().that().resideInAPackage(root(self) + ".api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(root(self) + ".api..", "java..", "jakarta.validation..",
                        "com.allocar.platform.events..", "com.allocar.platform.lifecycle..")
                .because("what other services may rely on is plain records, enums and constants");
    }
}
