package dev.directsupply.customer;

import dev.directsupply.kernel.Permission;
import dev.directsupply.kernel.service.Command;
import dev.directsupply.kernel.validation.OneOf;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * Enter a customer in the customer information database (DS-7.1.1). Codes are the names of
 * {@link Industry}, {@link SubIndustry} and {@link AddressKind} constants; the declared annual
 * purchase is in the policy currency and may be left out (zero).
 */
@SubIndustryOfIndustry
public record RegisterCustomer(
    @NotBlank @Size(max = 200) String legalName,
    @NotBlank @CreditCode String creditCode,
    @NotBlank @OneOf(value = Industry.class, rule = "DS-2.2.2") String industry,
    @OneOf(value = SubIndustry.class, rule = "DS-2.2.2") String subIndustry,
    @PositiveOrZero @Digits(integer = 15, fraction = 2) BigDecimal declaredAnnualPurchase,
    @Size(max = 20) List<@Valid @NotNull ContactDetails> contacts,
    @Size(max = 20) List<@Valid @NotNull AddressDetails> addresses) implements IndustryCodes, Command {

    public RegisterCustomer {
        contacts = contacts == null ? List.of() : contacts;
        addresses = addresses == null ? List.of() : addresses;
    }

    @Override
    public Permission permission() {
        return CustomerPermissions.REGISTER;
    }
}
