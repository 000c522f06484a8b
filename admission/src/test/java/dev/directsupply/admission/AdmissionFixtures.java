package dev.directsupply.admission;

import dev.directsupply.admission.application.AdmissionDesk;
import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.admission.application.SignCooperationAgreement;
import dev.directsupply.admission.cooperation.AgreementDetails;
import dev.directsupply.admission.cooperation.DeliveryDetails;
import dev.directsupply.admission.cooperation.PartiesDetails;
import dev.directsupply.admission.cooperation.PaymentDetails;
import dev.directsupply.admission.cooperation.PlaceDetails;
import dev.directsupply.admission.cooperation.PriceDetails;
import dev.directsupply.admission.cooperation.PriceLineDetails;
import dev.directsupply.admission.cooperation.SignaturesDetails;
import dev.directsupply.admission.cooperation.TermsDetails;
import dev.directsupply.admission.cooperation.ValidityDetails;
import dev.directsupply.admission.application.ApplicationDetails;
import dev.directsupply.admission.application.NeedsDetails;
import dev.directsupply.admission.application.QualificationDetails;
import dev.directsupply.admission.application.ApplyForAdmission;
import dev.directsupply.admission.application.CreditEvaluations;
import dev.directsupply.admission.application.CreditStanding;
import dev.directsupply.admission.application.DocumentDetails;
import dev.directsupply.admission.application.SecurityDetails;
import dev.directsupply.customer.CustomerDesk;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerModule;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.AccessPolicy;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.persistence.DocumentStore;
import dev.directsupply.persistence.InMemoryDocumentStore;
import dev.directsupply.testing.ModuleHarness;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The admission module with the customer module over one in-memory store, on a clock at 2026-03-15 09:00
 * Shanghai, its credit evaluations answered by a {@link Grades} double: grade A against a minimum of A unless
 * a test grades a customer otherwise.
 */
public final class AdmissionFixtures {
    public final DocumentStore store;
    public final ManualClock clock;
    public final ModuleHarness modules;
    public final AdmissionDesk admission;
    public final CustomerDesk customers;
    public final Grades grades;
    private final AtomicInteger registered = new AtomicInteger();

    public AdmissionFixtures() {
        this(new InMemoryDocumentStore(), ManualClock.on("2026-03-15", ModuleHarness.SHANGHAI), null, new Grades());
    }

    public AdmissionFixtures(AccessPolicy access) {
        this(new InMemoryDocumentStore(), ManualClock.on("2026-03-15", ModuleHarness.SHANGHAI), access, new Grades());
    }

    public AdmissionFixtures(DocumentStore store, ManualClock clock, AccessPolicy access, Grades grades) {
        this.store = store;
        this.clock = clock;
        this.grades = grades;
        ModuleHarness.Builder builder = ModuleHarness.with(new CustomerModule(), new AdmissionModule()).store(store)
            .clock(clock).port(CreditEvaluations.class, grades);
        if (access != null) {
            builder.access(access);
        }
        this.modules = builder.build();
        this.admission = modules.service(AdmissionDesk.class);
        this.customers = modules.service(CustomerDesk.class);
    }

    /** A prospect sales registered, declaring 2,000,000 CNY a year. */
    public CustomerId prospect() {
        int n = registered.incrementAndGet();
        String first17 = String.format("91310000%09d", n);
        return customers.register(Staff.SALES, new RegisterCustomer("上海味道餐饮管理有限公司" + n,
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
            new BigDecimal("2000000"), List.of(), List.of())).id();
    }

    /** A form that meets every criterion it can before the reviews: a valid licence, demand, a guarantee. */
    public static ApplicationDetails details() {
        return details("GENERAL", "2000000");
    }

    public static ApplicationDetails details(String expectedImportance, String expectedAnnualPurchase) {
        return new ApplicationDetails("连锁餐厅 12 家，年营业额约 1 亿元", needs("SAUCES", expectedAnnualPurchase, true),
            new QualificationDetails(List.of(licenceUntil("2030-12-31")), List.of()),
            new SecurityDetails("GUARANTEE", new BigDecimal("500000"), null), expectedImportance);
    }

    /** Three years' intent for one product category. */
    public static NeedsDetails needs(String category, String expectedAnnualPurchase, boolean buysDirectly) {
        return new NeedsDetails(List.of(category), new BigDecimal(expectedAnnualPurchase), 3, buysDirectly, "GROWING");
    }

    public static DocumentDetails licenceUntil(String lastDay) {
        return new DocumentDetails("BUSINESS_LICENCE", "BL-310000-1", LocalDate.parse(lastDay));
    }

    /** The form with other needs. */
    public static ApplicationDetails withNeeds(ApplicationDetails form, NeedsDetails needs) {
        return new ApplicationDetails(form.businessInformation(), needs, form.qualification(), form.security(),
            form.expectedImportance());
    }

    /** The form with other documents and conditions. */
    public static ApplicationDetails withQualification(ApplicationDetails form, QualificationDetails qualification) {
        return new ApplicationDetails(form.businessInformation(), form.needs(), qualification, form.security(),
            form.expectedImportance());
    }

    /** The form with another security offer. */
    public static ApplicationDetails withSecurity(ApplicationDetails form, SecurityDetails security) {
        return new ApplicationDetails(form.businessInformation(), form.needs(), form.qualification(), security,
            form.expectedImportance());
    }

    /**
     * The agreement signed at the end of an admission: soy sauce P-100 at 120.00 a case, payment in 30 days
     * and the 500,000 CNY guarantee the usual form offers, delivered to SH-WH1 in 3 days with 90 days of shelf
     * life left; both sides signed on {@code signedOn}, in force from that day for two years.
     */
    public static AgreementDetails agreement(String reference, LocalDate signedOn) {
        return agreement(reference, signedOn, new PaymentDetails(30, BigDecimal.ZERO, new BigDecimal("500000")));
    }

    /** The usual agreement with other payment terms. */
    public static AgreementDetails agreement(String reference, LocalDate signedOn, PaymentDetails payment) {
        return new AgreementDetails(reference, terms(payment),
            new ValidityDetails(signedOn, signedOn.plusYears(2).minusDays(1), null),
            signatures(signedOn));
    }

    /** The usual terms with the payment terms given. */
    public static TermsDetails terms(PaymentDetails payment) {
        return new TermsDetails(new PartiesDetails("上海酿造有限公司", "上海味道餐饮管理有限公司"), "FRAMEWORK",
            List.of("priority supply in the peak season"), List.of("orders placed a week ahead"),
            new PriceDetails(List.of(new PriceLineDetails("P-100", "case", new BigDecimal("120.00"))),
                new BigDecimal("0.05"), new BigDecimal("0.13"), true),
            payment,
            new DeliveryDetails(List.of("ROAD", "EXPRESS"), List.of(new PlaceDetails("SH-WH1", "上海市闵行区仓库一号", 3)),
                90));
    }

    /** Both sides signed on the day. */
    public static SignaturesDetails signatures(LocalDate signedOn) {
        return new SignaturesDetails("王芳", signedOn, "张伟", signedOn);
    }

    /** Step 6 with the usual agreement. */
    public static SignCooperationAgreement signing(ApplicationId id, String reference, LocalDate signedOn) {
        return new SignCooperationAgreement(id, agreement(reference, signedOn));
    }

    public static ApplyForAdmission application(CustomerId customer) {
        return new ApplyForAdmission(customer, details());
    }

    /** The credit module's part, played by a double: a grade per customer, A by default, against minimum A. */
    public static final class Grades implements CreditEvaluations {
        private static final List<String> SCALE = List.of("AAA", "AA", "A", "BBB", "BB", "B", "CCC", "CC", "C");
        private final Map<CustomerId, String> grades = new ConcurrentHashMap<>();
        private final Map<CustomerId, Integer> violations = new ConcurrentHashMap<>();
        private final AtomicInteger reports = new AtomicInteger();
        private volatile Actor lastEvaluator;

        public void grade(CustomerId customer, String grade) {
            grades.put(customer, grade);
        }

        /** The risk module holds so many violations on record for the customer. */
        public void violations(CustomerId customer, int count) {
            violations.put(customer, count);
        }

        public int reports() {
            return reports.get();
        }

        public Actor lastEvaluator() {
            return lastEvaluator;
        }

        @Override
        public CreditStanding evaluate(Actor actor, CustomerId customer) {
            String grade = grades.getOrDefault(customer, "A");
            lastEvaluator = actor;
            return new CreditStanding("CR-" + reports.incrementAndGet(), grade, "A",
                SCALE.indexOf(grade) <= SCALE.indexOf("A"), violations.getOrDefault(customer, 0),
                java.time.Instant.parse("2026-03-15T01:00:00Z"));
        }
    }
}
