package dev.directsupply.admission.application;


import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.admission.AdmissionFixtures;
import dev.directsupply.customer.Customer;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ActorId;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.DirectSupplyException;
import dev.directsupply.kernel.Role;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import dev.directsupply.admission.cooperation.CooperationAgreement;
import dev.directsupply.admission.cooperation.CooperationDesk;
import dev.directsupply.admission.cooperation.PaymentDetails;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A seeded stateful property of DS-3.4: random sequences of workflow actions, by random people — some holding
 * two roles, some in the wrong department — on random prospects, with time passing, never produce an active
 * customer that skipped a step, failed a criterion, fell below the minimum grade, was reviewed twice by one
 * person or by its applicant, or became active without an admitted application.
 */
class AdmissionPropertyTest {
    private static final List<Actor> PEOPLE = List.of(Staff.SALES, Staff.SALES_MANAGER, Staff.CREDIT, Staff.FINANCE,
        Staff.MANAGEMENT, Staff.QUALITY, Staff.PRODUCTION,
        Actor.of("liu.yang", Department.MANAGEMENT, Role.SALES_MANAGER, Role.MANAGEMENT),
        Actor.of("ma.lin", Department.FINANCE, Role.FINANCE, Role.CREDIT_MANAGER),
        Actor.of("zhang.min", Department.SALES, Role.SALES, Role.SALES_MANAGER));
    private static final List<String> GRADES = List.of("AA", "A", "A", "BBB", "B");
    private static final List<String> FIGURES = List.of("50000", "800000", "2000000", "6000000");
    private static final List<String> IMPORTANCE = List.of("GENERAL", "GENERAL", "IMPORTANT", "CORE");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
    @DisplayName("DS-3.4 DS-3.3.2 random workflows admit no customer that skipped a step, a criterion or a reviewer")
    void givenRandomActions_whenApplied_thenEveryActiveCustomerWasAdmittedByTheRules(long seed) {
        Random random = new Random(seed);
        AdmissionFixtures fixtures = new AdmissionFixtures();
        PEOPLE.forEach(fixtures.modules::agree);
        AdmissionDesk desk = fixtures.admission;
        List<CustomerId> customers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CustomerId customer = fixtures.prospect();
            fixtures.grades.grade(customer, pick(random, GRADES));
            customers.add(customer);
        }
        int refused = 0;
        for (int step = 0; step < 80; step++) {
            Actor actor = pick(random, PEOPLE);
            CustomerId customer = pick(random, customers);
            List<Application> applications = desk.applicationsOf(Staff.MANAGEMENT, customer);
            ApplicationId id = applications.isEmpty() ? ApplicationId.numbered(customer, 1)
                : applications.get(applications.size() - 1).id();
            try {
                action(random, desk, fixtures, actor, customer, id).accept(null);
            } catch (DirectSupplyException refusal) {
                refused++;
            }
            everyActiveCustomerWasAdmittedByTheRules(fixtures, customers);
        }
        assertThat(refused).as("the generator also tries what the rules refuse").isPositive();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 11})
    @DisplayName("DS-3.4 the generator reaches admission when people act in their roles: the property is not vacuous")
    void givenActionsInOrder_whenApplied_thenSomeAdmitted(long seed) {
        Random random = new Random(seed);
        AdmissionFixtures fixtures = new AdmissionFixtures();
        AdmissionDesk desk = fixtures.admission;
        CustomerId customer = fixtures.prospect();
        ApplicationId id = ApplicationId.numbered(customer, 1);
        List<Actor> inOrder = List.of(Staff.SALES, Staff.SALES_MANAGER, Staff.CREDIT, Staff.QUALITY,
            Staff.MANAGEMENT, Staff.SALES_MANAGER);
        List<String> kinds = List.of("apply", "preliminary", "credit", "inspect", "decide", "sign");
        for (int i = 0; i < kinds.size(); i++) {
            try {
                perform(kinds.get(i), random, desk, fixtures, inOrder.get(i), customer, id, true);
            } catch (DirectSupplyException refusal) {
                // an inspection not required is still allowed; a refused step shows below
            }
        }
        assertThat(fixtures.customers.get(Staff.MANAGEMENT, customer).status()).isEqualTo(CustomerStatus.ACTIVE);
        everyActiveCustomerWasAdmittedByTheRules(fixtures, List.of(customer));
    }

    private static Consumer<Void> action(Random random, AdmissionDesk desk, AdmissionFixtures fixtures, Actor actor,
                                         CustomerId customer, ApplicationId id) {
        List<String> kinds = List.of("apply", "preliminary", "credit", "inspect", "decide", "sign", "withdraw",
            "resubmit", "wait", "expire");
        String kind = pick(random, kinds);
        return ignored -> perform(kind, random, desk, fixtures, actor, customer, id, false);
    }

    private static void perform(String kind, Random random, AdmissionDesk desk, AdmissionFixtures fixtures,
                                Actor actor, CustomerId customer, ApplicationId id, boolean favourable) {
        LocalDate today = LocalDate.now(fixtures.clock);
        switch (kind) {
            case "apply" -> desk.apply(actor, new ApplyForAdmission(customer, form(random, favourable)));
            case "preliminary" -> desk.reviewPreliminarily(actor, new ReviewPreliminarily(id,
                favourable ? "PASS" : pick(random, List.of("PASS", "PASS", "RETURN", "REJECT")),
                !favourable && random.nextInt(5) == 0, "opinion"));
            case "credit" -> desk.evaluateCredit(actor, new EvaluateApplicantCredit(id,
                new BigDecimal(favourable ? "2000000" : pick(random, FIGURES)), "report"));
            case "inspect" -> desk.inspect(actor, new RecordSiteInspection(id, today, "visited",
                favourable || random.nextInt(4) != 0));
            case "decide" -> desk.decide(actor, new DecideAdmission(id,
                favourable ? "APPROVE" : pick(random, List.of("APPROVE", "APPROVE", "REJECT")),
                favourable ? "GENERAL" : pick(random, IMPORTANCE), "reason"));
            case "sign" -> desk.signAgreement(actor, favourable || random.nextInt(3) != 0
                ? AdmissionFixtures.signing(id, "CA-" + id.value(), today)
                : new SignCooperationAgreement(id, AdmissionFixtures.agreement("CA-" + id.value(), today,
                    new PaymentDetails(30, BigDecimal.ZERO, BigDecimal.ZERO))));
            case "withdraw" -> desk.withdraw(actor, new WithdrawApplication(id, "withdrawn"));
            case "resubmit" -> desk.resubmit(actor, new ResubmitApplication(id, form(random, false), "more"));
            case "wait" -> fixtures.clock.advance(Duration.ofDays(random.nextInt(60)));
            case "expire" -> desk.expireIdle(actor);
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static ApplicationDetails form(Random random, boolean favourable) {
        if (favourable) {
            return AdmissionFixtures.details();
        }
        ApplicationDetails good = AdmissionFixtures.details(pick(random, IMPORTANCE), pick(random, FIGURES));
        return switch (random.nextInt(4)) {
            case 0 -> AdmissionFixtures.withSecurity(good, SecurityDetails.none());
            case 1 -> AdmissionFixtures.withQualification(good, new QualificationDetails(
                List.of(AdmissionFixtures.licenceUntil("2026-05-01")), List.of()));
            default -> good;
        };
    }

    /** The property: checked after every action, on what is stored. */
    private static void everyActiveCustomerWasAdmittedByTheRules(AdmissionFixtures fixtures,
                                                                 List<CustomerId> customers) {
        for (CustomerId customer : customers) {
            Customer stored = fixtures.customers.get(Staff.MANAGEMENT, customer);
            List<Application> admitted = fixtures.admission.applicationsOf(Staff.MANAGEMENT, customer).stream()
                .filter(a -> a.status() == ApplicationStatus.ADMITTED).toList();
            List<CooperationAgreement> agreements = fixtures.modules.service(CooperationDesk.class)
                .agreementsOf(Staff.MANAGEMENT, customer);
            if (stored.status() != CustomerStatus.ACTIVE) {
                assertThat(admitted).as("an admitted application makes its customer active").isEmpty();
                assertThat(agreements).as("no agreement without admission").isEmpty();
                continue;
            }
            assertThat(admitted).as("an active customer was admitted, once").hasSize(1);
            Application application = admitted.get(0);
            assertThat(agreements).as("one agreement, opened by its admission").singleElement()
                .satisfies(agreement -> {
                    assertThat(agreement.source()).isEqualTo("application " + application.id());
                    assertThat(agreement.latest().terms().payment().isSecured()).as("DS-3.3.2 secured").isTrue();
                });
            assertThat(lastRound(application)).as("the steps of DS-3.4, in order, in the last round")
                .isIn(List.of(ApplicationAction.PASS_PRELIMINARY, ApplicationAction.EVALUATE_CREDIT,
                        ApplicationAction.APPROVE, ApplicationAction.SIGN_AGREEMENT),
                    List.of(ApplicationAction.PASS_PRELIMINARY, ApplicationAction.EVALUATE_CREDIT,
                        ApplicationAction.INSPECT, ApplicationAction.APPROVE, ApplicationAction.SIGN_AGREEMENT));
            assertThat(application.criteria().allPass()).as("every criterion met").isTrue();
            assertThat(application.criteria().outcomeOf(Criterion.CREDIT_GRADE)).isEqualTo(Outcome.PASS);
            assertThat(application.reviews().credit().standing().atLeastMinimum()).isTrue();
            if (application.criteria().inspectionRequired()) {
                assertThat(lastRound(application)).contains(ApplicationAction.INSPECT);
            }
            Map<ActorId, Set<ReviewStage>> stagesByPerson = application.reviews().reviewers().stream()
                .collect(Collectors.groupingBy(Reviewer::actor, Collectors.mapping(Reviewer::stage,
                    Collectors.toSet())));
            assertThat(stagesByPerson.values()).as("nobody took two review stages").allMatch(s -> s.size() == 1);
            Set<ActorId> reviewers = new HashSet<>(stagesByPerson.keySet());
            assertThat(reviewers).as("three people reviewed").hasSizeGreaterThanOrEqualTo(3)
                .doesNotContain(application.reviews().submittedBy());
            assertThat(application.reviews().inspection() == null
                || !application.reviews().applicants().contains(application.reviews().inspection().by())).isTrue();
            assertThat(reviewers).as("no applicant reviewed").doesNotContainAnyElementsOf(
                application.reviews().applicants());
        }
    }

    /** The actions since the last submission or resubmission. */
    private static List<ApplicationAction> lastRound(Application application) {
        List<ApplicationAction> round = new ArrayList<>();
        for (ApplicationStep step : application.steps()) {
            if (step.action() == null || step.action() == ApplicationAction.RESUBMIT) {
                round.clear();
            } else {
                round.add(step.action());
            }
        }
        return round;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
