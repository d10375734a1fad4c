package com.allocar.notification;

import com.allocar.platform.events.Outbox;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.FleetArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class NotificationArchitectureTest {

    /** notification-service learns about the others from their events only: none of their code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = FleetArchitecture.noOtherServiceCode(FleetService.NOTIFICATION);

    /**
     * A published contract would be plain records, enums and constants. notification-service publishes nothing yet (no
     * {@code api} package), so the rule may find no class; it holds the line for the first one.
     */
    @ArchTest
    static final ArchRule contractIsSelfContained = FleetArchitecture.contractIsSelfContained(FleetService.NOTIFICATION).allowEmptyShould(true);

    /** notification-service publishes nothing: nothing writes the outbox. */
    @ArchTest
    static final ArchRule nothingWritesTheOutbox = noClasses().that().resideInAPackage("com.allocar.notification..")
            .should().dependOnClassesThat().areAssignableTo(Outbox.class);

    /** No hand-written HTTP on java.net.http (the SMS adapter uses Spring's RestClient). */
    @ArchTest
    static final ArchRule noJdkHttpClient = noClasses().that().resideInAPackage("com.allocar.notification..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..");

    /** The rules, the templates' variables and the preference rule are plain Java. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses()
            .that().resideInAPackage("com.allocar.notification.routing..")
            .or().haveNameMatching("com\\.allocar\\.notification\\..*\\.(PreferenceChoice|NotificationCategory|TemplateVars|TemplateId"
                    + "|SmsSegments|RetrySchedule|ReminderSchedule|ReminderKind|ReminderStatus)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "org.hibernate..", "com.samskivert..");

    /** Only web packages see servlet types. */
    @ArchTest
    static final ArchRule onlyWebSeesServlet = noClasses().that().resideOutsideOfPackage("..web..")
            .and().resideInAPackage("com.allocar.notification..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    /** The channels' adapters know nothing of why they send. */
    @ArchTest
    static final ArchRule channelsKnowNoFeature = noClasses().that().resideInAPackage("com.allocar.notification.channel..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.notification.routing..", "com.allocar.notification.delivery..",
                    "com.allocar.notification.template..", "com.allocar.notification.events..");

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.notification.(*)..").should().beFreeOfCycles();
}
