package com.allocar.wallet;

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
    static final ArchRule noOtherServiceCode = noClasses().that().resideInAPackage("com.allocar.wallet..")
            .should().dependOnClassesThat().resideInAnyPackage("com.allocar.identity..", "com.allocar.booking..", "com.allocar.payment..",
                    "com.allocar.trip..", "com.allocar.messaging..", "com.allocar.notification..", "com.allocar.admin..", "com.allocar.gateway..");

    /** The published contract is plain records and constants (with their validation annotations). */
    @ArchTest
    static final ArchRule contractIsSelfContained = classes().that().resideInAPackage("com.allocar.wallet.api..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("com.allocar.wallet.api..", "java..", "jakarta.validation..");

    /** The money rules are plain Java: no Spring, no JPA. */
    @ArchTest
    static final ArchRule rulesImportNoFramework = noClasses()
            .that().haveNameMatching("com\\.allocar\\.wallet\\..*\\.(Direction|Source|EntryStatus|Holdings|OverdraftRule|NewEntry|Entry"
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
