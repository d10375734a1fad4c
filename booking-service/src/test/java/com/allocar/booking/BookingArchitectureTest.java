package com.allocar.booking;

import com.allocar.platform.events.AggregateRoot;
import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.events.Outbox;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.FleetArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class BookingArchitectureTest {

    /** booking-service talks to trip- and payment-service through JSON only: none of their (or any service's) code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = FleetArchitecture.noOtherServiceCode(FleetService.BOOKING);

    /** The published contract is plain records, enums and constants, and the platform's EventType. */
    @ArchTest
    static final ArchRule contractIsSelfContained = FleetArchitecture.contractIsSelfContained(FleetService.BOOKING);

    /** Bookings and disputes record events and their writers turn them into outbox rows; ratings publish their average themselves. */
    @ArchTest
    static final ArchRule onlyTheEventWritersWriteTheOutbox = noClasses().that().resideInAPackage("com.allocar.booking..")
            .and().doNotHaveSimpleName("BookingEventWriter").and().doNotHaveSimpleName("DisputeEventWriter")
            .and().doNotHaveSimpleName("Ratings")
            .should().dependOnClassesThat().belongToAnyOf(Outbox.class);

    /** One way to call another service: Feign clients, no hand-written HTTP. */
    @ArchTest
    static final ArchRule noHandWrittenServiceClients = noClasses().that().resideInAPackage("com.allocar.booking..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.springframework.web.client..");

    /** The cancellation rules are plain Java: no Spring, no JPA. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses().that().resideInAPackage("com.allocar.booking.cancellation.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.allocar.platform..");

    /**
     * The state machines and every other enum (statuses, reasons, actors, event types) import no framework and no HTTP
     * type: a refusal is the platform's IllegalTransition, not an ApiException.
     */
    @ArchTest
    static final ArchRule enumsImportNoFramework = noClasses().that().resideInAPackage("com.allocar.booking..").and().areEnums()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "com.allocar.platform.api..", "jakarta.servlet..");

    /** The domain's value records (events, requests, codes, the payment decision) are plain Java too. */
    @ArchTest
    static final ArchRule domainRecordsImportNoFramework = noClasses()
            .that().resideInAnyPackage("com.allocar.booking.reservation", "com.allocar.booking.dispute", "com.allocar.booking.cancellation..")
            .and().areRecords()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "jakarta.servlet..");

    /** What an aggregate records of its transitions is an immutable record, never a mutable class. */
    @ArchTest
    static final ArchRule transitionEventsAreRecords = classes().that().resideInAPackage("com.allocar.booking..")
            .and().implement(DomainEvent.class).and().areNotInterfaces()
            .should().beRecords();

    /** Aggregates are JPA entities that record their events; nothing else extends the platform's base. */
    @ArchTest
    static final ArchRule aggregatesAreEntities = classes().that().resideInAPackage("com.allocar.booking..")
            .and().areAssignableTo(AggregateRoot.class)
            .should().beAnnotatedWith(jakarta.persistence.Entity.class);

    /** Only controllers see servlet types. */
    @ArchTest
    static final ArchRule servicesKnowNoServlet = noClasses().that().haveSimpleNameNotEndingWith("Controller")
            .and().resideInAPackage("com.allocar.booking..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.booking.(*)..").should().beFreeOfCycles();
}
