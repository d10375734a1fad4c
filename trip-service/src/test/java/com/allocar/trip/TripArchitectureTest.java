package com.allocar.trip;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class TripArchitectureTest {

    /** trip-service learns about members from identity's events only: none of identity's (or any service's) code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses().that().resideInAPackage("com.allocar.trip..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.identity..", "com.allocar.booking..", "com.allocar.payment..",
                    "com.allocar.wallet..", "com.allocar.messaging..", "com.allocar.notification..", "com.allocar.admin..", "com.allocar.gateway..");

    /** The published contract is plain records and constants (with their validation annotations). */
    @ArchTest
    static final ArchRule contractIsSelfContained = classes().that().resideInAPackage("com.allocar.trip.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.allocar.trip.api..", "java..", "jakarta.validation..");

    /** The rules (lifecycles, plates, prices, stops, search parameters) are plain Java: no Spring, no JPA. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses()
            .that().haveNameMatching("com\\.allocar\\.trip\\..*\\.(TripStatus|HoldStatus|PlateNumber|PriceRange|StopPlan|SearchParameters"
                    + "|SearchQuery|GeoPoint|DriverSummary|KycStatus)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");

    /** Controllers are the only web layer: services never see servlet types. */
    @ArchTest
    static final ArchRule servicesKnowNoServlet = noClasses().that().haveSimpleNameNotEndingWith("Controller")
            .and().resideInAPackage("com.allocar.trip..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.trip.(*)..").should().beFreeOfCycles();
}
