package com.allocar.admin;

import java.util.List;

import com.allocar.admin.access.BeforeSignIn;
import com.allocar.admin.access.StaffOnly;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.FleetArchitecture;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

@AnalyzeClasses(packages = "com.allocar", importOptions = ImportOption.DoNotIncludeTests.class)
class AdminArchitectureTest {

    private static final DescribedPredicate<JavaMethod> HANDLES_A_ROUTE = DescribedPredicate.describe("handle a route",
            m -> List.of(GetMapping.class, PostMapping.class, PatchMapping.class, PutMapping.class, DeleteMapping.class, RequestMapping.class)
                    .stream().anyMatch(m::isAnnotatedWith));

    /** admin-service reaches the owners through their internal APIs and events only: none of their code. */
    @ArchTest
    static final ArchRule noOtherServiceCode = FleetArchitecture.noOtherServiceCode(FleetService.ADMIN);

    /** Every staff route names its row of the role matrix: a handler without one fails the build, not a review. */
    @ArchTest
    static final ArchRule everyRouteNamesItsMatrixRow = methods()
            .that().areDeclaredInClassesThat().resideInAPackage("com.allocar.admin..")
            .and().areDeclaredInClassesThat().areAnnotatedWith(RestController.class).and(HANDLES_A_ROUTE)
            .should().beAnnotatedWith(StaffOnly.class).orShould().beAnnotatedWith(BeforeSignIn.class);
}
