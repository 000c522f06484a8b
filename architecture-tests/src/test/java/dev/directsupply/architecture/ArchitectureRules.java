package dev.directsupply.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;

/**
 * The architecture of DESIGN.md as rules, one per field, each named as the sentence it checks.
 * {@code ArchitectureTest} runs every {@link ArchTest} field over the whole code base; {@code ArchitectureRulesCatchViolationsTest}
 * shows each one failing on a class that breaks it.
 */
final class ArchitectureRules {
    static final String ROOT = "dev.directsupply";
    /** The domain modules of the dependency star; each may use only customer-domain and the SPI. */
    static final Set<String> DOMAIN_MODULES = Set.of("risk", "admission", "orders", "delivery", "aftersales",
        "relationship");

    /** Where domain code lives: the kernel, the customer aggregate and every domain module. */
    static final String[] DOMAIN_PACKAGES = {ROOT + ".kernel..", ROOT + ".customer..", ROOT + ".risk..",
        ROOT + ".admission..", ROOT + ".orders..", ROOT + ".delivery..", ROOT + ".aftersales..",
        ROOT + ".relationship.."};

    private ArchitectureRules() {
    }

    /** The first package segment below dev.directsupply: a module's territory ("customer", "orders", …). */
    static String territory(String packageName) {
        if (!packageName.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = packageName.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Every domain module depends on customer-domain and on no other domain module (the star). */
    @ArchTest
    static final ArchRule domain_modules_do_not_depend_on_each_other = slices()
        .assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String territory = territory(javaClass.getPackageName());
                return DOMAIN_MODULES.contains(territory) ? SliceIdentifier.of(territory) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "domain modules " + DOMAIN_MODULES;
            }
        })
        .should().notDependOnEachOther()
        .allowEmptyShould(true)
        .as("domain modules do not depend on each other: they meet through ports that sdk connects");

    /** A domain module reaches no adapter, entry point or example either. */
    @ArchTest
    static final ArchRule domain_modules_depend_only_on_the_kernel_and_the_spi = noClasses()
        .that().resideInAnyPackage(DOMAIN_MODULES.stream().map(m -> ROOT + "." + m + "..").toArray(String[]::new))
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".sdk..", ROOT + ".persistence.jdbc..",
            ROOT + ".persistence.tck..", ROOT + ".examples..")
        .allowEmptyShould(true)
        .as("domain modules depend only on customer-domain and the storage SPI");

    /**
     * An internal package is used only by the package that owns it (the one it sits in) and that
     * package's other sub-packages: {@code dev.directsupply.customer.internal} by {@code dev.directsupply.customer..}.
     */
    @ArchTest
    static final ArchRule no_module_imports_another_modules_internal_package = classes()
        .that().resideInAPackage(ROOT + "..")
        .should(new ArchCondition<>("use no internal package but their own") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String mine = origin.getPackageName();
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    int internal = target.indexOf(".internal");
                    if (target.startsWith(ROOT + ".") && internal >= 0) {
                        String owner = target.substring(0, internal);
                        if (!mine.equals(owner) && !mine.startsWith(owner + ".")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                });
            }
        })
        .as("no module imports another module's internal package");

    /** Examples use the SDK; nothing uses them. */
    @ArchTest
    static final ArchRule nothing_depends_on_examples = noClasses()
        .that().resideOutsideOfPackage(ROOT + ".examples..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".examples..")
        .as("nothing depends on examples");

    /** Module territories form no cycle. */
    @ArchTest
    static final ArchRule modules_are_free_of_cycles = slices().matching(ROOT + ".(*)..")
        .should().beFreeOfCycles()
        .as("there are no cycles between module packages");

    /** The domain is framework-free: no JSON, JDBC, mapping or Hibernate types outside the adapters. */
    @ArchTest
    static final ArchRule domain_packages_use_no_jackson_jdbc_mapstruct_or_hibernate = noClasses()
        .that().resideInAnyPackage(DOMAIN_PACKAGES)
        .and().resideOutsideOfPackages("..internal..", ROOT + ".kernel.codec..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "java.sql..", "javax.sql..",
            "org.mapstruct..", "org.hibernate..")
        .as("domain packages import no Jackson, JDBC, MapStruct or Hibernate types");

    /** A no-argument now(), currentTimeMillis() or default system clock: time that did not come from a Clock. */
    private static final DescribedPredicate<JavaMethodCall> WALL_CLOCK = new DescribedPredicate<>(
        "now() without a Clock, System.currentTimeMillis() or a system Clock") {
        @Override
        public boolean test(JavaMethodCall call) {
            JavaClass owner = call.getTargetOwner();
            String name = call.getName();
            boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
            if (owner.getPackageName().equals("java.time")) {
                return name.equals("now") && noArguments
                    || owner.getName().equals("java.time.Clock")
                    && (name.equals("systemUTC") || name.equals("systemDefaultZone"));
            }
            return owner.getName().equals("java.lang.System") && name.equals("currentTimeMillis");
        }
    };

    /** Time comes from an injected Clock. */
    @ArchTest
    static final ArchRule time_comes_from_an_injected_clock = noClasses()
        .that().resideInAPackage(ROOT + "..")
        .should().callMethodWhere(WALL_CLOCK)
        .as("no call of now() without a Clock");

    /** The SPI stands alone, so a host can implement it without the rest of the SDK. */
    @ArchTest
    static final ArchRule the_storage_spi_depends_on_no_project_module = noClasses()
        .that().resideInAnyPackage(ROOT + ".persistence", ROOT + ".persistence.internal")
        .should().dependOnClassesThat(new DescribedPredicate<>("belong to another SDK module") {
            @Override
            public boolean test(JavaClass target) {
                String name = target.getPackageName();
                return name.startsWith(ROOT + ".") && !name.equals(ROOT + ".persistence")
                    && !name.startsWith(ROOT + ".persistence.internal");
            }
        })
        .as("persistence-spi depends on no project module");

    /** Domain names come from the policy: no technical suffixes (generated mappers live in internal). */
    @ArchTest
    static final ArchRule domain_types_have_no_technical_suffixes = noClasses()
        .that().resideInAnyPackage(DOMAIN_PACKAGES)
        .and().resideOutsideOfPackage("..internal..")
        .should().haveSimpleNameEndingWith("Impl").orShould().haveSimpleNameEndingWith("Manager")
        .orShould().haveSimpleNameEndingWith("Helper").orShould().haveSimpleNameEndingWith("Util")
        .orShould().haveSimpleNameEndingWith("Dto").orShould().haveSimpleNameEndingWith("Entity")
        .as("domain types carry no Impl, Manager, Helper, Util, Dto or Entity suffix");
}
