package dev.directsupply.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import dev.directsupply.kernel.DomainEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Map;
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
     * The Maven module a package belongs to, by the packages each module owns. Longer roots first, so
     * {@code dev.directsupply.persistence.jdbc} is the JDBC module, not the SPI.
     */
    static String module(String packageName) {
        String[][] roots = {
            {ROOT + ".persistence.jdbc", "persistence-jdbc"},
            {ROOT + ".persistence.tck", "persistence-tck"},
            {ROOT + ".persistence", "persistence-spi"},
            {ROOT + ".kernel", "kernel"},
            {ROOT + ".customer", "customer-domain"},
            {ROOT + ".examples", "examples"},
        };
        for (String[] root : roots) {
            if (packageName.equals(root[0]) || packageName.startsWith(root[0] + ".")) {
                return root[1];
            }
        }
        return territory(packageName);
    }

    /** An internal package is used only by the module that owns it. */
    @ArchTest
    static final ArchRule no_module_imports_another_modules_internal_package = classes()
        .that().resideInAPackage(ROOT + "..")
        .should(new ArchCondition<>("use no other module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String mine = module(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith(ROOT + ".") && (target.endsWith(".internal") || target.contains(".internal."))
                        && !module(target).equals(mine)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
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

    /**
     * No cycles between packages either, counting a package and its {@code internal} package as one:
     * the internal package is the hidden half of its owner (the owner's service builds the internal
     * codec, the codec builds the owner's aggregates), not a package of its own (ADR 0007).
     */
    @ArchTest
    static final ArchRule packages_are_free_of_cycles = slices()
        .assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (!name.startsWith(ROOT + ".")) {
                    return SliceIdentifier.ignore();
                }
                int internal = name.indexOf(".internal");
                return SliceIdentifier.of(internal < 0 ? name : name.substring(0, internal));
            }

            @Override
            public String getDescription() {
                return "packages, each with its internal package";
            }
        })
        .should().beFreeOfCycles()
        .as("there are no cycles between packages (a package and its internal package count as one)");

    /**
     * The domain is framework-free: no JSON, JDBC, mapping or Hibernate types outside the adapters. The
     * kernel's codecs and its policy-file reader are such adapters: they turn JSON and YAML into records.
     */
    @ArchTest
    static final ArchRule domain_packages_use_no_jackson_jdbc_mapstruct_or_hibernate = noClasses()
        .that().resideInAnyPackage(DOMAIN_PACKAGES)
        .and().resideOutsideOfPackages("..internal..", ROOT + ".kernel.codec..", ROOT + ".kernel.parameters..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "java.sql..", "javax.sql..",
            "org.mapstruct..", "org.hibernate..")
        .as("domain packages import no Jackson, JDBC, MapStruct or Hibernate types");

    /**
     * Time that does not come from an injected Clock: {@code now(..)} of java.time without a Clock,
     * a system Clock, {@code System.currentTimeMillis()}, {@code new Date()}, {@code Calendar.getInstance()}.
     */
    private static final DescribedPredicate<JavaAccess<?>> WALL_CLOCK = new DescribedPredicate<>(
        "now() without a Clock, a system Clock, currentTimeMillis(), new Date() or Calendar.getInstance()") {
        @Override
        public boolean test(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            List<JavaClass> parameters = access.getTarget() instanceof com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget unit
                ? unit.getRawParameterTypes() : List.of();
            if (owner.startsWith("java.time.") && name.equals("now")) {
                return parameters.isEmpty() || !parameters.get(0).getName().equals("java.time.Clock");
            }
            if (owner.equals("java.time.Clock")) {
                return name.startsWith("system");
            }
            if (owner.equals("java.lang.System")) {
                return name.equals("currentTimeMillis");
            }
            if (owner.equals("java.util.Date")) {
                return name.equals("<init>") && parameters.isEmpty();
            }
            return owner.equals("java.util.Calendar") && name.equals("getInstance");
        }
    };

    /**
     * Time comes from an injected Clock. Only the entry point, which picks the default clock a host
     * may replace, names the system clock.
     */
    @ArchTest
    static final ArchRule time_comes_from_an_injected_clock = noClasses()
        .that().resideInAPackage(ROOT + "..")
        .and().resideOutsideOfPackage(ROOT + ".sdk..")
        .should().accessTargetWhere(WALL_CLOCK)
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

    /**
     * What only the kernel's pipeline does: check a permission, validate a command, write through a unit
     * of work or a repository, retry on a lost race. Module code that did it itself would be a way round
     * the pipeline's rules.
     */
    private static final DescribedPredicate<JavaAccess<?>> PIPELINE_MECHANICS = new DescribedPredicate<>(
        "AccessPolicy.check, CommandValidator.validate, a UnitOfWork or AggregateRepository, or Retry") {
        @Override
        public boolean test(JavaAccess<?> access) {
            String owner = access.getTargetOwner().getName();
            String name = access.getName();
            return owner.equals(ROOT + ".kernel.AccessPolicy") && name.equals("check")
                || owner.equals(ROOT + ".kernel.validation.CommandValidator") && name.equals("validate")
                || owner.equals(ROOT + ".kernel.store.UnitOfWork") || owner.equals(ROOT + ".kernel.store.AggregateRepository")
                || owner.equals(ROOT + ".kernel.store.Retry");
        }
    };

    /** Services go through the pipeline: no module checks permissions, validates or writes by itself (ADR 0016). */
    @ArchTest
    static final ArchRule services_go_through_the_pipeline = noClasses()
        .that().resideInAPackage(ROOT + "..")
        .and().resideOutsideOfPackages(ROOT + ".kernel..", ROOT + ".examples..")
        .should().accessTargetWhere(PIPELINE_MECHANICS)
        .as("services go through the pipeline: only the kernel checks permissions, validates and writes");

    /** The widest record main code may declare (ADR 0018). */
    static final int MOST_COMPONENTS = 10;
    /** The most arguments a positional constructor call in main code may pass (ADR 0018). */
    static final int MOST_ARGUMENTS = 7;

    /** Aggregates are made of small parts: no record in main code has more than about 10 components (ADR 0018). */
    @ArchTest
    static final ArchRule records_are_small = classes()
        .that().resideInAPackage(ROOT + "..")
        .and().resideOutsideOfPackage(ROOT + ".examples..")
        .should(new ArchCondition<>("have at most " + MOST_COMPONENTS + " components when a record") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!javaClass.isRecord()) {
                    return;
                }
                long components = javaClass.getFields().stream()
                    .filter(field -> !field.getModifiers().contains(JavaModifier.STATIC)).count();
                if (components > MOST_COMPONENTS) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " has " + components
                        + " components; make it of parts"));
                }
            }
        })
        .as("records in main code have at most " + MOST_COMPONENTS + " components");

    /**
     * Copies go through named withers: no positional constructor call of ours passes more than 7 arguments
     * (ADR 0018). The storage SPI's rows ({@code persistence}) are flat by design, one component per
     * column, and are left out.
     */
    @ArchTest
    static final ArchRule constructor_calls_are_short = noClasses()
        .that().resideInAPackage(ROOT + "..")
        .and().resideOutsideOfPackage(ROOT + ".examples..")
        .should().callConstructorWhere(new DescribedPredicate<>("the constructor of one of our types takes more than "
            + MOST_ARGUMENTS + " arguments") {
            @Override
            public boolean test(JavaConstructorCall call) {
                String target = call.getTargetOwner().getPackageName();
                return target.startsWith(ROOT + ".") && !target.startsWith(ROOT + ".persistence")
                    && call.getTarget().getRawParameterTypes().size() > MOST_ARGUMENTS;
            }
        })
        .as("no positional constructor call of ours passes more than " + MOST_ARGUMENTS + " arguments");

    /** Where each module's tests keep their golden files, by territory. */
    private static final Map<String, String> MODULE_FOLDERS = Map.of("customer", "customer-domain", "kernel", "kernel",
        "risk", "risk", "orders", "orders", "admission", "admission", "delivery", "delivery", "aftersales",
        "aftersales", "relationship", "relationship");

    /**
     * Published events are a contract (ADR 0020): each is a record in its aggregate's API package, never
     * in {@code internal}, with a golden JSON file in its module's tests.
     */
    @ArchTest
    static final ArchRule published_events_are_pinned = classes()
        .that().implement(DomainEvent.class).and().areNotInterfaces()
        .and().resideInAPackage(ROOT + "..")
        .should(new ArchCondition<>("be records outside internal packages with a golden JSON file") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                if (!javaClass.isRecord() || javaClass.getPackageName().contains(".internal")) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                        + " is published from outside a record of an API package"));
                    return;
                }
                String type = DomainEvent.typeOf(javaClass.reflect());
                String folder = MODULE_FOLDERS.getOrDefault(territory(javaClass.getPackageName()), "?");
                Path golden = Path.of("..", folder, "src", "test", "resources", "golden", "events", type + ".json");
                if (!Files.exists(golden)) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " has no golden file "
                        + golden));
                }
            }
        })
        .as("published events are records in API packages, each with a golden JSON file");
}
