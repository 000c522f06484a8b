package dev.directsupply.sdk;

import static dev.directsupply.testing.Staff.CREDIT;
import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.SALES;
import static dev.directsupply.testing.Staff.SALES_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.admission.application.Application;
import dev.directsupply.admission.application.ApplicationDetails;
import dev.directsupply.admission.application.ApplicationId;
import dev.directsupply.admission.application.ApplyForAdmission;
import dev.directsupply.admission.application.Criterion;
import dev.directsupply.admission.application.DecideAdmission;
import dev.directsupply.admission.application.DocumentDetails;
import dev.directsupply.admission.application.EvaluateApplicantCredit;
import dev.directsupply.admission.application.NeedsDetails;
import dev.directsupply.admission.application.Outcome;
import dev.directsupply.admission.application.QualificationDetails;
import dev.directsupply.admission.application.ReviewPreliminarily;
import dev.directsupply.admission.application.SecurityDetails;
import dev.directsupply.admission.application.SignCooperationAgreement;
import dev.directsupply.admission.cooperation.AgreementDetails;
import dev.directsupply.admission.cooperation.PaymentDetails;
import dev.directsupply.admission.cooperation.SignaturesDetails;
import dev.directsupply.admission.cooperation.TermsDetails;
import dev.directsupply.admission.cooperation.ValidityDetails;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.CustomerStatus;
import dev.directsupply.customer.RegisterCustomer;
import dev.directsupply.customer.UnifiedSocialCreditCode;
import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import dev.directsupply.orders.order.Order;
import dev.directsupply.orders.order.OrderStatus;
import dev.directsupply.orders.order.Product;
import dev.directsupply.orders.order.ProductCode;
import dev.directsupply.orders.order.ReviewOrder;
import dev.directsupply.orders.order.SubmitOrder;
import dev.directsupply.orders.order.SubmittedLine;
import dev.directsupply.orders.reference.InMemoryProductCatalogue;
import dev.directsupply.orders.reference.StockAndCapacity;
import dev.directsupply.risk.account.CompanyData;
import dev.directsupply.risk.account.EvaluateCredit;
import dev.directsupply.risk.account.RecordViolation;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Admission through the SDK: the risk module grades, the agreement makes the customer active, orders follow it. */
class AdmissionThroughSdkTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-03-15");

    private final ManualClock clock = ManualClock.on("2026-03-15", DirectSupply.DEFAULT_ZONE);
    private final InMemoryProductCatalogue catalogue = new InMemoryProductCatalogue()
        .add(new Product(ProductCode.of("P-100"), "酱油", Set.of("500ml"), Set.of("case"), 5, 365, true));
    private final DirectSupply sdk = DirectSupply.builder().clock(clock).catalogue(catalogue)
        .supply(new StockAndCapacity(catalogue).stock(ProductCode.of("P-100"), "500ml", new BigDecimal("1000")))
        .companyFacts(id -> new CompanyData(Optional.of(LocalDate.parse("2005-01-01")),
            Optional.of(Money.cny("50000000")), Optional.of("AA"), Map.of()))
        .build();

    {
        Staff.putOnRecord(sdk.agreements());
    }

    private CustomerId prospect() {
        String first17 = "91310000000000077";
        return sdk.customers().register(SALES, new RegisterCustomer("上海新味餐饮有限公司",
            first17 + UnifiedSocialCreditCode.checkCharacter(first17), "SERVICES", "CATERING",
            new BigDecimal("2000000"), List.of(), List.of())).id();
    }

    private ApplicationId evaluated(CustomerId customer) {
        ApplicationId id = sdk.admission().apply(SALES, new ApplyForAdmission(customer, new ApplicationDetails(
            "连锁餐厅 12 家", new NeedsDetails(List.of("SAUCES"), new BigDecimal("2000000"), 3, true, "GROWING"),
            new QualificationDetails(List.of(new DocumentDetails("BUSINESS_LICENCE", "BL-1",
                LocalDate.parse("2030-12-31"))), List.of()),
            new SecurityDetails("PREPAYMENT", null, new BigDecimal("0.3")), "GENERAL"))).id();
        sdk.admission().reviewPreliminarily(SALES_MANAGER, new ReviewPreliminarily(id, "PASS", false, "ok"));
        sdk.admission().evaluateCredit(CREDIT, new EvaluateApplicantCredit(id, new BigDecimal("1800000"),
            "confirmed from last year's invoices"));
        return id;
    }

    @Test
    @DisplayName("DS-3.4 DS-3.3.2 admitted through the six steps, the customer orders on its agreement and pays its agreed prepayment first")
    void givenAdmittedThroughTheSdk_whenOrdering_thenAgreementTermsApply() {
        CustomerId customer = prospect();
        ApplicationId id = evaluated(customer);
        sdk.admission().decide(MANAGEMENT, new DecideAdmission(id, "APPROVE", "GENERAL", "criteria met"));
        AgreementDetails usual = AgreementsOnRecord.usual("CA-2026-077", 30);
        sdk.admission().signAgreement(SALES_MANAGER, new SignCooperationAgreement(id, new AgreementDetails(
            "CA-2026-077", new TermsDetails(usual.terms().parties(),
                usual.terms().mode(), usual.terms().rights(), usual.terms().obligations(), usual.terms().prices(),
                new PaymentDetails(30, new BigDecimal("0.3"), BigDecimal.ZERO), usual.terms().delivery()),
            new ValidityDetails(TODAY, null, null), new SignaturesDetails("王经理", TODAY, "李总", TODAY))));

        assertThat(sdk.customers().get(MANAGEMENT, customer).status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(sdk.credit().reports(CREDIT, customer)).hasSize(1);
        Order order = sdk.orders().review(SALES, new ReviewOrder(sdk.orders().submit(SALES, new SubmitOrder("k-1",
            customer, "EDI", null, List.of(new SubmittedLine("P-100", "500ml", new BigDecimal("10"), "case",
                new BigDecimal("120.00"))), LocalDate.parse("2026-03-25"), "SH-WH1", null)).id()));

        assertThat(order.clearance().review().agreement()).isEqualTo("CA-2026-077/v1");
        assertThat(order.status()).isEqualTo(OrderStatus.AWAITING_PREPAYMENT);
        assertThat(order.clearance().prepaymentDue()).isEqualTo(Money.cny("360.00"));
    }

    @Test
    @DisplayName("DS-3.3.1 a violation the risk module holds on record fails admission's criterion, whatever the first review said")
    void givenViolationOnRecordInRisk_whenCreditEvaluated_thenCriterionFails() {
        CustomerId customer = prospect();
        sdk.credit().evaluate(CREDIT, new EvaluateCredit(customer, "INITIAL"));
        sdk.credit().recordViolation(CREDIT, new RecordViolation(customer, LocalDate.parse("2026-02-01"),
            "food safety fine", "市场监督管理局"));

        Application evaluated = sdk.admission().application(MANAGEMENT, evaluated(customer));

        assertThat(evaluated.reviews().credit().standing().violationsOnRecord()).isEqualTo(1);
        assertThat(evaluated.criteria().outcomeOf(Criterion.NO_MAJOR_VIOLATION)).isEqualTo(Outcome.FAIL);
    }
}
