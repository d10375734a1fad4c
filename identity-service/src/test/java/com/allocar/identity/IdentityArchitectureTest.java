package com.allocar.identity;

import com.allocar.platform.events.Outbox;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.FleetArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class IdentityArchitectureTest {

    /** identity talks to other services only through events and the platform. */
    @ArchTest
    static final ArchRule noOtherServiceCode = FleetArchitecture.noOtherServiceCode(FleetService.IDENTITY);

    /**
     * The published contract is plain records, constants and the event type enum (on the platform's EventType): nothing
     * of identity's internals leaks through it.
     */
    @ArchTest
    static final ArchRule contractIsSelfContained = FleetArchitecture.contractIsSelfContained(FleetService.IDENTITY);

    /** One event writer, the platform's OutboxEventWriter: aggregates record events; nothing of identity-service writes the outbox. */
    @ArchTest
    static final ArchRule onlyTheEventWriterWritesTheOutbox = noClasses().that().resideInAPackage("com.allocar.identity..")
            .should().dependOnClassesThat().areAssignableTo(Outbox.class);

    /** The KYC lifecycle and its aggregate know no HTTP: a refused move is the platform's IllegalTransition. */
    @ArchTest
    static final ArchRule kycStateMachineKnowsNoHttp = noClasses().that().haveNameMatching("com\\.allocar\\.identity\\.kyc\\.(KycStatus|KycDocument)")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.platform.api..", "org.springframework.http..",
                    "org.springframework.web..");

    /** Controllers are the only web layer: services never see servlet types. */
    @ArchTest
    static final ArchRule servicesKnowNoServlet = noClasses().that().haveSimpleNameNotEndingWith("Controller")
            .and().resideInAPackage("com.allocar.identity..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");
}
