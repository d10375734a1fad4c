package com.allocar.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class PaymentArchitectureTest {

    /** booking and wallet are reached over HTTP and Kafka only: none of their (or any service's) code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = noClasses().that().resideInAPackage("com.allocar.payment..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.identity..", "com.allocar.booking..", "com.allocar.trip..",
                    "com.allocar.wallet..", "com.allocar.messaging..", "com.allocar.notification..", "com.allocar.admin..", "com.allocar.gateway..");

    /** The published contract is plain records and constants (with their validation annotations). */
    @ArchTest
    static final ArchRule contractIsSelfContained = classes().that().resideInAPackage("com.allocar.payment.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.allocar.payment.api..", "java..", "jakarta.validation..");

    /** The rules (lifecycle, commission, discounts, signatures, fraud limit) are plain Java: no Spring, no JPA. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses()
            .that().haveNameMatching("com\\.allocar\\.payment\\..*\\.(PaymentStatus|PaymentMethod|PlatformCommission|PromoDiscount"
                    + "|HmacSignatures|CardFailureLimit|RefundPolicy|PayoutStatus)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");

    /** Provider adapters never see our tables or services: they only translate. */
    @ArchTest
    static final ArchRule adaptersOnlyTranslate = noClasses().that().resideInAPackage("com.allocar.payment.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.payment.payment..", "com.allocar.payment.webhook..",
                    "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule servicesKnowNoServlet = noClasses().that().haveSimpleNameNotEndingWith("Controller")
            .and().resideInAPackage("com.allocar.payment..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.payment.(*)..").should().beFreeOfCycles();
}
