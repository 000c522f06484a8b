package dev.directsupply.risk.register;

import static dev.directsupply.testing.Staff.MANAGEMENT;
import static dev.directsupply.testing.Staff.QUALITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.directsupply.customer.ScaleTier;
import dev.directsupply.kernel.AccessDenied;
import dev.directsupply.kernel.Actor;
import dev.directsupply.kernel.Department;
import dev.directsupply.kernel.Role;
import dev.directsupply.risk.RiskFixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DS-7.2.3: a risk-register entry that names a customer is customer information, so reading or
 * managing the register needs a confidentiality agreement in force, as every other customer record does.
 */
class RiskConfidentialityTest {
    /** A quality engineer who joined last week: the role, but no agreement on record yet. */
    private static final Actor NEW_HIRE = Actor.of("new.quality", Department.QUALITY, Role.QUALITY);

    private final RiskFixtures risk = new RiskFixtures("2026-03-15");

    private Risk aCustomerRisk() {
        String customer = risk.customer("c-1", ScaleTier.MEDIUM, "2020-01-01").value();
        return risk.register.identify(MANAGEMENT, new IdentifyRisk("QUALITY", "CUSTOMER", customer,
            "three complaints about thawed goods at this customer", "sun.mei"));
    }

    @Test
    @DisplayName("DS-7.2.3 without a confidentiality agreement on record, a risk naming a customer cannot be read")
    void givenNoAgreement_whenReadingCustomerRisk_thenAccessDenied() {
        Risk named = aCustomerRisk();

        assertThatThrownBy(() -> risk.register.risk(NEW_HIRE, named.id()))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
        assertThatThrownBy(() -> risk.register.open(NEW_HIRE))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
        assertThatThrownBy(() -> risk.register.overdueReviews(NEW_HIRE))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
    }

    @Test
    @DisplayName("DS-7.2.3 without a confidentiality agreement on record, no risk can be entered, rated or moved")
    void givenNoAgreement_whenManagingRisks_thenAccessDeniedAndNothingChanged() {
        Risk named = aCustomerRisk();

        assertThatThrownBy(() -> risk.register.identify(NEW_HIRE, new IdentifyRisk("QUALITY", "CUSTOMER", "c-1",
            "complaints", "new.quality")))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
        assertThatThrownBy(() -> risk.register.assess(NEW_HIRE, new AssessRisk(named.id(), 2, 2, "")))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
        assertThatThrownBy(() -> risk.register.monitor(NEW_HIRE))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
        assertThat(risk.register.open(MANAGEMENT)).singleElement().satisfies(r -> assertThat(r.isRated()).isFalse());
    }

    @Test
    @DisplayName("DS-7.2.3 product-line risks share the register's rule: the list mixes them with customers' risks")
    void givenNoAgreement_whenReadingProductLineRisk_thenAccessDenied() {
        Risk productLine = risk.register.identify(QUALITY, new IdentifyRisk("QUALITY", "PRODUCT_LINE", "PL-FROZEN",
            "ice crystals in frozen dumplings", "sun.mei"));

        assertThatThrownBy(() -> risk.register.risk(NEW_HIRE, productLine.id()))
            .isInstanceOfSatisfying(AccessDenied.class, e -> assertThat(e.rule()).contains("DS-7.2.3"));
    }

    @Test
    @DisplayName("DS-7.2.3 with an agreement on record, the register works as before")
    void givenAgreementOnRecord_whenReadingRisks_thenRead() {
        Risk named = aCustomerRisk();

        assertThat(risk.register.risk(MANAGEMENT, named.id()).subject()).isEqualTo(RiskSubject.customer("c-1"));
        assertThat(risk.register.open(MANAGEMENT)).extracting(Risk::id).containsExactly(named.id());
    }

    @Test
    @DisplayName("DS-7.2.3 every permission on the risk register is one on customer information")
    void givenRiskPermissions_whenInspected_thenEachNeedsAnAgreement() {
        assertThat(RiskPermissions.DEFAULT_GRANTS.keySet()).allSatisfy(
            permission -> assertThat(permission.customerInformation()).as(permission.code()).isTrue());
    }
}
