package dev.directsupply.admission.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.kernel.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The agreement's small parts: each holds its own rule. */
class AgreementValuesTest {
    private static final LocalDate DAY = LocalDate.parse("2026-03-15");

    @Test
    @DisplayName("DS-3.4 step 6 a version binds on the day the second side signs, whichever side that is")
    void givenSignaturesOnTwoDays_whenAsked_thenTheLaterDay() {
        Signature early = new Signature("王芳", DAY);
        Signature late = new Signature("张伟", DAY.plusDays(3));

        assertThat(new Signatures(early, late).signedOn()).isEqualTo(DAY.plusDays(3));
        assertThat(new Signatures(late, early).signedOn()).isEqualTo(DAY.plusDays(3));
    }

    @Test
    @DisplayName("DS-3.4 a validity may last one day, not end before it starts, and has a notice of 0 days or more")
    void givenValidities_whenMade_thenOnlySensibleOnes() {
        assertThat(new Validity(DAY, DAY, 0).hasEndedBy(DAY)).isFalse();
        assertThat(new Validity(DAY, DAY, 0).hasEndedBy(DAY.plusDays(1))).isTrue();
        assertThat(new Validity(DAY, null, 0).hasEndedBy(DAY.plusYears(50))).isFalse();
        assertThatThrownBy(() -> new Validity(DAY, DAY.minusDays(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Validity(DAY, null, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("DS-3.3.2 payment terms are secured by any prepayment or any guarantee, and by nothing else")
    void givenPaymentTerms_whenAsked_thenSecuredByEither() {
        assertThat(new PaymentTerms(30, BigDecimal.ZERO, Money.cny("0")).isSecured()).isFalse();
        assertThat(new PaymentTerms(30, new BigDecimal("0.01"), Money.cny("0")).isSecured()).isTrue();
        assertThat(new PaymentTerms(30, BigDecimal.ZERO, Money.cny("0.01")).isSecured()).isTrue();
        assertThat(new PaymentTerms(0, BigDecimal.ZERO, Money.cny("0")).days()).isZero();
        assertThatThrownBy(() -> new PaymentTerms(-1, BigDecimal.ZERO, Money.cny("0")))
            .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("DS-4.1.3 a place may be reached the same day, never in negative days")
    void givenPlaces_whenMade_thenTransportDaysZeroOrMore() {
        assertThat(new AgreedPlace("SH", "上海", 0).transportDays()).isZero();
        assertThatThrownBy(() -> new AgreedPlace("SH", "上海", -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
