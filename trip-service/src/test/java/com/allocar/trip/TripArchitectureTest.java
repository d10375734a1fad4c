package com.allocar.trip;

import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.FleetArchitecture;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class TripArchitectureTest {

    private static final String[] FRAMEWORK = {"org.springframework..", "jakarta.persistence..", "org.hibernate.."};

    /** trip-service learns about members from identity's events only: none of identity's (or any service's) code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = FleetArchitecture.noOtherServiceCode(FleetService.TRIP);

    /** The published contract is plain records, enums and constants (with their validation annotations). */
    @ArchTest
    static final ArchRule contractIsSelfContained = FleetArchitecture.contractIsSelfContained(FleetService.TRIP);

    /** Lifecycles (and every other enum: reasons, event types) are plain Java, and no HTTP answer either. */
    @ArchTest
    static final ArchRule lifecyclesImportNoFramework = noClasses()
            .that().resideInAPackage("com.allocar.trip..").and().areEnums()
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
            .orShould().dependOnClassesThat().resideInAnyPackage("com.allocar.platform.api..", "com.allocar.platform.web..");

    /** What aggregates record of their transitions is plain data. */
    @ArchTest
    static final ArchRule aggregateEventsImportNoFramework = noClasses()
            .that().resideInAPackage("com.allocar.trip..").and().implement(DomainEvent.class)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK)
            .orShould().dependOnClassesThat().resideInAnyPackage("com.allocar.platform.api..", "com.allocar.platform.web..");

    /**
     * The rules and values (final classes and records: plates, prices, stops, search parameters, route and schedule
     * rules…) are plain Java: no Spring, no JPA. Configuration (bound by Spring) and the web adapters are not rules.
     */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses()
            .that().resideInAPackage("com.allocar.trip..").and().resideOutsideOfPackages("com.allocar.trip.config..", "..web..")
            .and().haveModifier(JavaModifier.FINAL)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORK);

    /** The web packages are the only web layer: nothing else sees servlet types or a controller. */
    @ArchTest
    static final ArchRule onlyWebKnowsTheWeb = noClasses().that().resideInAPackage("com.allocar.trip..")
            .and().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..")
            .orShould().dependOnClassesThat().resideInAPackage("com.allocar.trip..web..");

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.trip.(*)..").should().beFreeOfCycles();
}
