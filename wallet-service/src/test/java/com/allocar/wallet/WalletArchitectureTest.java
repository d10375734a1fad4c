package com.allocar.wallet;

import com.allocar.platform.events.Outbox;
import com.allocar.platform.events.RecordedEvents;
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
class WalletArchitectureTest {

    /** wallet-service learns about the others from their events and internal APIs only: none of their code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = FleetArchitecture.noOtherServiceCode(FleetService.WALLET);

    /**
     * The published contract is plain records, enums and constants (with their validation annotations), the platform's
     * event types and lifecycles: no HTTP type, no Spring.
     */
    @ArchTest
    static final ArchRule contractIsSelfContained = FleetArchitecture.contractIsSelfContained(FleetService.WALLET);

    /** One event writer, the platform's OutboxEventWriter: aggregates record events; nothing of wallet-service writes the outbox. */
    @ArchTest
    static final ArchRule onlyTheEventWriterWritesTheOutbox = noClasses().that().resideInAPackage("com.allocar.wallet..")
            .should().dependOnClassesThat().areAssignableTo(Outbox.class);

    /** Recorded events are handed over where aggregates are stored: the ledger's repositories and withdrawals. */
    @ArchTest
    static final ArchRule recordedEventsAreHandedOverWhereStored = noClasses()
            .that().resideOutsideOfPackages("com.allocar.wallet.ledger", "com.allocar.wallet.withdrawal")
            .and().resideInAPackage("com.allocar.wallet..")
            .should().dependOnClassesThat().areAssignableTo(RecordedEvents.class);

    /** Only the ledger's own repositories run SQL on the ledger: the others go through {@code Ledger}. */
    @ArchTest
    static final ArchRule ledgerRepositoriesStayInside = classes().that().resideInAPackage("com.allocar.wallet.ledger")
            .and().haveSimpleNameEndingWith("Repository").should().notBePublic();

    /** Another service is called through the platform's service clients (OpenFeign), never by hand. */
    @ArchTest
    static final ArchRule noHandWrittenHttpClients = noClasses().that().resideInAPackage("com.allocar.wallet..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..");

    /** The money rules are plain Java: no Spring, no JPA. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses()
            .that().haveNameMatching("com\\.allocar\\.wallet\\..*\\.(Direction|Source|EntryStatus|Holdings|OverdraftRule|NewEntry|Entry"
                    + "|EntryAppended|EntrySettled|EntryCancelled|Withdrawal|WithdrawalRequested|WithdrawalMethod|TopupMethod"
                    + "|EntryIds|AmountLimits|DriverEarning|RefundSplit|TxnPeriod|KycStatus|KycRequiredForWithdrawal)(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..", "org.hibernate..");

    /** Only the ledger writes the ledger tables: nobody else gets to run SQL against wallet_txns through JPA. */
    @ArchTest
    static final ArchRule walletTxnIsReadOnly = classes().that().haveSimpleName("WalletTxn")
            .should().beAnnotatedWith(org.hibernate.annotations.Immutable.class);

    /** Controllers are the only web layer: services never see servlet types. */
    @ArchTest
    static final ArchRule servicesKnowNoServlet = noClasses().that().haveSimpleNameNotEndingWith("Controller")
            .and().resideInAPackage("com.allocar.wallet..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.servlet..");

    /** Features depend on each other one way only. */
    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("com.allocar.wallet.(*)..").should().beFreeOfCycles();
}
