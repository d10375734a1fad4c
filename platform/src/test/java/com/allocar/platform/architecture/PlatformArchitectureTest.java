package com.allocar.platform.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The platform is shared by every service, so it must know none of them. */
@AnalyzeClasses(packages = "com.allocar.platform", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformArchitectureTest {

    @ArchTest
    static final ArchRule platformKnowsNoService = noClasses().that().resideInAPackage("com.allocar.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.identity..", "com.allocar.trip..", "com.allocar.booking..",
                    "com.allocar.payment..", "com.allocar.wallet..", "com.allocar.messaging..", "com.allocar.notification..",
                    "com.allocar.admin..", "com.allocar.gateway..");

    @ArchTest
    static final ArchRule wireTypesStayFreeOfServletStack = noClasses().that().resideInAPackage("com.allocar.platform.api..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web.servlet..");
}
