package dev.directsupply.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of {@link ArchitectureRules} over every module's main code. */
@AnalyzeClasses(packages = ArchitectureRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests RULES = ArchTests.in(ArchitectureRules.class);

    @Test
    @DisplayName("the rules see every module's code, so none of them passes for want of classes")
    void givenTheImport_whenInspected_thenEveryModuleIsThere() {
        JavaClasses all = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ArchitectureRules.ROOT);

        assertThat(all.stream().map(JavaClass::getPackageName).map(ArchitectureRules::territory).distinct())
            .contains("persistence", "kernel", "customer", "risk", "admission", "orders", "delivery", "aftersales",
                "relationship", "sdk", "examples");
        assertThat(all.contain("dev.directsupply.customer.CustomerDesk")).isTrue();
        assertThat(all.contain("dev.directsupply.persistence.tck.DocumentStoreTck")).isTrue();
        assertThat(all.contain("dev.directsupply.examples.quickstart.Quickstart")).isTrue();
        assertThat(all.contain("dev.directsupply.architecture.ArchitectureTest")).as("tests are left out").isFalse();
    }
}
