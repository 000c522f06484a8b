package dev.directsupply.sdk;

import dev.directsupply.admission.cooperation.AgreementDetails;
import dev.directsupply.admission.cooperation.CooperationAgreement;
import dev.directsupply.admission.cooperation.DeliveryDetails;
import dev.directsupply.admission.cooperation.PartiesDetails;
import dev.directsupply.admission.cooperation.PaymentDetails;
import dev.directsupply.admission.cooperation.PlaceDetails;
import dev.directsupply.admission.cooperation.PriceDetails;
import dev.directsupply.admission.cooperation.PriceLineDetails;
import dev.directsupply.admission.cooperation.RecordExistingAgreement;
import dev.directsupply.admission.cooperation.SignaturesDetails;
import dev.directsupply.admission.cooperation.TermsDetails;
import dev.directsupply.admission.cooperation.ValidityDetails;
import dev.directsupply.customer.CustomerId;
import dev.directsupply.testing.Staff;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The cooperation agreement the SDK's tests give an imported customer: soy sauce P-100 at 120.00 a case,
 * payment in {@code paymentDays}, at least 90 days of shelf life left, delivered to SH-WH1 in 3 days, from
 * 2026-01-01 and open-ended — recorded through the SDK as a host migrating it would.
 */
public final class AgreementsOnRecord {
    public static final LocalDate FROM = LocalDate.parse("2026-01-01");

    private AgreementsOnRecord() {
    }

    /** Records the usual agreement for the customer, under {@code reference}, with payment in 30 days. */
    public static CooperationAgreement record(DirectSupply sdk, String reference, CustomerId customer) {
        return record(sdk, reference, customer, 30);
    }

    /** Records the usual agreement for the customer, under {@code reference}, with payment in so many days. */
    public static CooperationAgreement record(DirectSupply sdk, String reference, CustomerId customer,
                                              int paymentDays) {
        return sdk.cooperation().recordExisting(Staff.MANAGEMENT, new RecordExistingAgreement(customer,
            usual(reference, paymentDays), "the customer's agreement from before the SDK"));
    }

    /** The usual agreement's details. */
    public static AgreementDetails usual(String reference, int paymentDays) {
        return new AgreementDetails(reference, terms("120.00", paymentDays), new ValidityDetails(FROM, null, null),
            signatures());
    }

    /** The usual terms with soy sauce at another price and payment in so many days. */
    public static TermsDetails terms(String soySaucePrice, int paymentDays) {
        return new TermsDetails(new PartiesDetails("上海酿造有限公司", "客户"), "FRAMEWORK",
            List.of("the customer orders at the agreed prices"), List.of("the customer pays within the terms"),
            new PriceDetails(List.of(new PriceLineDetails("P-100", "case", new BigDecimal(soySaucePrice))),
                BigDecimal.ZERO, new BigDecimal("0.13"), true),
            new PaymentDetails(paymentDays, BigDecimal.ZERO, BigDecimal.ZERO),
            new DeliveryDetails(List.of("ROAD"), List.of(new PlaceDetails("SH-WH1", "上海市闵行区仓库一号", 3)), 90));
    }

    /** Both sides' signatures, in December 2025. */
    public static SignaturesDetails signatures() {
        return new SignaturesDetails("王经理", LocalDate.parse("2025-12-20"), "李总", LocalDate.parse("2025-12-22"));
    }
}
