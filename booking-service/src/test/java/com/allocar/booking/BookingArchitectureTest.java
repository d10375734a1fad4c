package com.allocar.booking;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class BookingArchitectureTest {

    /** booking-service talks to trip- and payment-service through JSON only: none of their code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses().that().resideInAPackage("com.allocar.booking..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.identity..", "com.allocar.trip..", "com.allocar.payment..",
                    "com.allocar.wallet..", "com.allocar.messaging..", "com.allocar.notification..", "com.allocar.admin..", "com.allocar.gateway..");

    /** The published contract is plain records and constants. */
    @ArchTest
    static final ArchRule contractIsSelfContained = classes().that().resideInAPackage("com.allocar.booking.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.allocar.booking.api..", "java..");

    /** The cancellation rules are plain Java: no Spring, no JPA. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses().that().resideInAPackage("com.allocar.booking.cancellation.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.allocar.platform..");

    /** The state machines import no framework either. */
    @ArchTest
    static final ArchRule lifecyclesImportNoFramework = noClasses()
            .that().haveNameMatching("com\\.allocar\\.booking\\..*\\.(BookingStatus|DisputeStatus|CheckInCode)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");

    /** Only controllers see servlet types. */
    @ArchTest
    static final ArchRule servicesKnowNoServlet = noClasses().that().haveSimpleNameNotEndingWith("Controller")
            .and().resideInAPackage("com.allocar.booking..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.booking.(*)..").should().beFreeOfCycles();
}
