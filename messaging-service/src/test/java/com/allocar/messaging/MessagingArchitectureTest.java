package com.allocar.messaging;

import com.allocar.platform.events.Outbox;
import com.allocar.platform.events.RecordedEvents;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.FleetArchitecture;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class MessagingArchitectureTest {

    /** messaging-service learns about the others from their events and internal APIs only: none of their code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = FleetArchitecture.noOtherServiceCode(FleetService.MESSAGING);

    /** The published contract is plain records, enums and constants. */
    @ArchTest
    static final ArchRule contractIsSelfContained = FleetArchitecture.contractIsSelfContained(FleetService.MESSAGING);

    /** One event writer, the platform's OutboxEventWriter: the aggregate records events; nothing of messaging-service writes the outbox. */
    @ArchTest
    static final ArchRule onlyTheEventWriterWritesTheOutbox = noClasses().that().resideInAPackage("com.allocar.messaging..")
            .should().dependOnClassesThat().areAssignableTo(Outbox.class);

    /** Recorded events are handed over where messages are stored. */
    @ArchTest
    static final ArchRule recordedEventsAreHandedOverWhereStored = noClasses()
            .that().doNotHaveSimpleName("MessageRepository")
            .and().resideInAPackage("com.allocar.messaging..")
            .should().dependOnClassesThat().areAssignableTo(RecordedEvents.class);

    /** Another service is called through the platform's service clients (OpenFeign), never by hand. */
    @ArchTest
    static final ArchRule noHandWrittenHttpClients = noClasses().that().resideInAPackage("com.allocar.messaging..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..");

    /** The chat rules are plain Java: no Spring, no persistence, no web. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses()
            .that().resideInAPackage("com.allocar.messaging.chat.domain..")
            .or().resideInAPackage("com.allocar.messaging.location.domain..")
            .or().haveNameMatching("com\\.allocar\\.messaging\\..*\\.(ChatWindow|ChatState|BookingStatus|BookingChange|Conversation"
                    + "|ImageUploadPolicy|Attachment|Message|MessagePosted)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..",
                    "jakarta.servlet..", "software.amazon..");

    /** Only web packages see servlet types. */
    @ArchTest
    static final ArchRule onlyWebSeesServlet = noClasses().that().resideOutsideOfPackage("..web..")
            .and().resideInAPackage("com.allocar.messaging..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    /** The live rooms and their fan-out know no feature: chat and location use them, never the other way. */
    @ArchTest
    static final ArchRule liveKnowsNoFeature = noClasses().that().resideInAPackage("com.allocar.messaging.live..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.messaging.chat..", "com.allocar.messaging.location..",
                    "com.allocar.messaging.conversation..", "com.allocar.messaging.attachment..");

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.messaging.(*)..").should().beFreeOfCycles();
}
