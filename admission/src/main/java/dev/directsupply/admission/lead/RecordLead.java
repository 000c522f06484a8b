package dev.directsupply.admission.lead;

import dev.directsupply.customer.CustomerId;
import dev.directsupply.customer.Industry;
import dev.directsupply.customer.SubIndustry;
import dev.directsupply.kernel.Money;
import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.Violation;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.IdentifierShape;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Record a lead (DS-3.1.2, DS-3.2.1): the prospect as sales found it, the channel ({@link LeadChannel} code;
 * a {@code REFERRAL} names the referring customer), who owns it, and the day of the first follow-up. The
 * expected annual purchase is in the policy currency.
 */
public record RecordLead(
    @Valid @NotNull ProspectDetails prospect,
    @NotBlank @OneOf(value = LeadChannel.class, rule = "DS-3.1.2") String channel,
    CustomerId referredBy,
    @NotNull @IdentifierShape String owner,
    @NotNull @FutureOrPresent LocalDate followUpOn) implements Command {

    /**
     * The prospect as sales found it (DS-3.2.1): the company, an {@link Industry} and optionally a
     * {@link SubIndustry} code, its region, the product categories it is interested in, the annual purchase it
     * expects in the policy currency, and whom to talk to.
     */
    public record ProspectDetails(
        @NotBlank @Size(max = 200) String companyName,
        @NotBlank @OneOf(value = Industry.class, rule = "DS-2.2.2") String industry,
        @OneOf(value = SubIndustry.class, rule = "DS-2.2.2") String subIndustry,
        @NotBlank @Size(max = 60) String region,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 40) String> productInterests,
        @NotNull @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal expectedAnnualPurchase,
        @NotBlank @Size(max = 200) String contact) {

        Prospect toProspect(Currency currency) {
            return new Prospect(companyName.strip(), industry, subIndustry, region.strip(),
                productInterests.stream().map(String::strip).distinct().toList(),
                Money.of(expectedAnnualPurchase, currency), contact.strip());
        }
    }

    @Override
    public Permission permission() {
        return LeadPermissions.MANAGE_LEADS;
    }

    /** DS-3.1.2: a referral, and only a referral, names the customer who referred the prospect. */
    @Override
    public List<Violation> crossFieldViolations() {
        boolean referral = LeadChannel.REFERRAL.name().equals(channel);
        if (referral && referredBy == null) {
            return List.of(Violation.of("referredBy", "admission.constraint.referral-names-customer", "DS-3.1.2",
                Map.of()));
        }
        if (!referral && referredBy != null && channel != null) {
            return List.of(Violation.of("referredBy", "admission.constraint.only-referral-names-customer",
                "DS-3.1.2", Map.of()));
        }
        return List.of();
    }
}
