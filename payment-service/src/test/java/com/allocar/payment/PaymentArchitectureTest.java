package com.allocar.payment;

import com.allocar.platform.events.EventType;
import com.allocar.platform.events.Outbox;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.FleetArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class PaymentArchitectureTest {

    /** booking and wallet are reached over HTTP and Kafka only: none of their (or any service's) code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = FleetArchitecture.noOtherServiceCode(FleetService.PAYMENT);

    /** The published contract is plain records and enums (with their validation annotations), and the platform's EventType. */
    @ArchTest
    static final ArchRule contractIsSelfContained = FleetArchitecture.contractIsSelfContained(FleetService.PAYMENT);

    /** The rules (lifecycle, commission, discounts, signatures, fraud limit) are plain Java: no Spring, no JPA. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses()
            .that().haveNameMatching("com\\.allocar\\.payment\\..*\\.(PaymentStatus|PaymentMethod|PlatformCommission|PromoDiscount"
                    + "|HmacSignatures|CardFailureLimit|RefundPolicy|PayoutStatus|Payment|Payout)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");

    /** Provider adapters never see our tables or services: they only translate. */
    @ArchTest
    static final ArchRule adaptersOnlyTranslate = noClasses().that().resideInAPackage("com.allocar.payment.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.payment.payment..", "com.allocar.payment.webhook..",
                    "org.springframework.jdbc..");

    /** The state machines refuse with the platform's IllegalTransition, never with an HTTP answer. */
    @ArchTest
    static final ArchRule lifecyclesKnowNoHttp = noClasses().that().haveNameMatching("com\\.allocar\\.payment\\..*\\.(PaymentStatus|PayoutStatus)")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.platform.api..", "org.springframework.http..");

    /** One event writer: aggregates record events, the writer alone turns them into outbox rows. */
    @ArchTest
    static final ArchRule onlyTheEventWriterWritesTheOutbox = noClasses().that().resideInAPackage("com.allocar.payment..")
            .and().doNotHaveSimpleName("PaymentEventWriter")
            .should().dependOnClassesThat().belongToAnyOf(Outbox.class);

    /** One way to call another service: Feign clients; only provider adapters speak raw HTTP (to the providers). */
    @ArchTest
    static final ArchRule noHandWrittenServiceClients = noClasses().that().resideInAPackage("com.allocar.payment..")
            .and().resideOutsideOfPackage("com.allocar.payment.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "org.springframework.web.client..");

    /** Controllers live in a feature's web package and nothing depends on them. */
    @ArchTest
    static final ArchRule controllersAreInWeb = classes().that().haveSimpleNameEndingWith("Controller").and().resideInAPackage("com.allocar.payment..")
            .should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule servicesKnowNoServlet = noClasses().that().haveSimpleNameNotEndingWith("Controller")
            .and().resideInAPackage("com.allocar.payment..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.payment.(*)..").should().beFreeOfCycles();
}
