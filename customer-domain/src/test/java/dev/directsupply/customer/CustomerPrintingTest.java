package dev.directsupply.customer;

import static dev.directsupply.testing.Staff.SALES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.directsupply.kernel.ManualClock;
import dev.directsupply.kernel.Money;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** DS-7.2.2: a customer printed — in a log line, an exception, a debugger — shows no contact's personal data. */
class CustomerPrintingTest {
    private final ManualClock clock = ManualClock.on("2026-03-15", Fixtures.SHANGHAI);
    private final ScalePolicy policy = new ScalePolicy(ClassificationParameters.defaults());

    private Customer aCustomerWith(Contact contact, Address address) {
        Profile profile = new Profile("上海味道餐饮管理有限公司", UnifiedSocialCreditCode.of(Fixtures.creditCode(1)),
            List.of(contact), List.of(address), clock.instant());
        return Customer.register(CustomerId.of("c-1"), profile, IndustryClassification.of(SubIndustry.CATERING),
            Money.cny("0"), policy, SALES, clock).aggregate();
    }

    @Test
    @DisplayName("DS-7.2.2 Customer.toString masks contacts' names as the registry does, with their phones and e-mails")
    void givenCustomerWithContact_whenPrinted_thenNamePhoneAndEmailMasked() {
        Customer customer = aCustomerWith(new Contact("张伟", "采购经理", "13812345678", "zhang.wei@example.com"),
            new Address(AddressKind.DELIVERY, "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120"));

        assertThat(customer.toString()).contains("张*").contains("138****5678").contains("z***@example.com")
            .doesNotContain("张伟").doesNotContain("13812345678").doesNotContain("zhang.wei");
    }

    @Test
    @DisplayName("DS-7.2.2 Customer.toString masks the street line of an address; province and city show")
    void givenCustomerWithAddress_whenPrinted_thenStreetLineMasked() {
        Customer customer = aCustomerWith(new Contact("张伟", "", "", ""),
            new Address(AddressKind.DELIVERY, "上海市", "上海市", "浦东新区", "世纪大道 100 号", "200120"));

        assertThat(customer.toString()).contains("province=上海市").contains("line=世*********")
            .doesNotContain("世纪大道");
    }

    @Test
    @DisplayName("DS-7.2.2 a contact of one character and a quoted e-mail name are masked in Customer.toString too")
    void givenOneCharacterNameAndQuotedEmail_whenPrinted_thenMasked() {
        Customer customer = aCustomerWith(new Contact("伟", "", "", "\"john doe\"@example.com"),
            new Address(AddressKind.DELIVERY, "上海市", "上海市", "", "世纪大道 100 号", ""));

        assertThat(customer.toString()).contains("name=*,").contains("\"j***\"@example.com")
            .doesNotContain("name=伟").doesNotContain("john doe");
    }

    @Test
    @DisplayName("DS-7.2.2 a registration printed masks the contact and address it carries")
    void givenRegistration_whenPrinted_thenContactAndStreetMasked() {
        String printed = Fixtures.aRegistration().toString();

        assertThat(printed).contains("138****5678").contains("z***@example.com")
            .doesNotContain("张伟").doesNotContain("13812345678").doesNotContain("zhang.wei").doesNotContain("世纪大道");
    }
}
