package dev.directsupply.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules of {@link ArchitectureRules} over every module's main code. */
@AnalyzeClasses(packages = ArchitectureRules.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_modules_do_not_depend_on_each_other =
        ArchitectureRules.domain_modules_do_not_depend_on_each_other;

    @ArchTest
    static final ArchRule domain_modules_depend_only_on_the_kernel_and_the_spi =
        ArchitectureRules.domain_modules_depend_only_on_the_kernel_and_the_spi;

    @ArchTest
    static final ArchRule no_module_imports_another_modules_internal_package =
        ArchitectureRules.no_module_imports_another_modules_internal_package;

    @ArchTest
    static final ArchRule nothing_depends_on_examples = ArchitectureRules.nothing_depends_on_examples;

    @ArchTest
    static final ArchRule modules_are_free_of_cycles = ArchitectureRules.modules_are_free_of_cycles;

    @ArchTest
    static final ArchRule domain_packages_use_no_jackson_jdbc_mapstruct_or_hibernate =
        ArchitectureRules.domain_packages_use_no_jackson_jdbc_mapstruct_or_hibernate;

    @ArchTest
    static final ArchRule time_comes_from_an_injected_clock = ArchitectureRules.time_comes_from_an_injected_clock;

    @ArchTest
    static final ArchRule the_storage_spi_depends_on_no_project_module =
        ArchitectureRules.the_storage_spi_depends_on_no_project_module;

    @ArchTest
    static final ArchRule domain_types_have_no_technical_suffixes =
        ArchitectureRules.domain_types_have_no_technical_suffixes;

    @Test
    @DisplayName("the rules see every module's code, so none of them passes for want of classes")
    void givenTheImport_whenInspected_thenEveryModuleIsThere() {
        JavaClasses all = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages(ArchitectureRules.ROOT);

        assertThat(all.stream().map(JavaClass::getPackageName).map(ArchitectureRules::territory).distinct())
            .contains("persistence", "kernel", "customer", "risk", "admission", "orders", "delivery", "aftersales",
                "relationship", "sdk", "examples");
        assertThat(all.contain("dev.directsupply.customer.CustomerRegistry")).isTrue();
        assertThat(all.contain("dev.directsupply.persistence.tck.DocumentStoreTck")).isTrue();
        assertThat(all.contain("dev.directsupply.examples.quickstart.Quickstart")).isTrue();
        assertThat(all.contain("dev.directsupply.architecture.ArchitectureTest")).as("tests are left out").isFalse();
    }
}
