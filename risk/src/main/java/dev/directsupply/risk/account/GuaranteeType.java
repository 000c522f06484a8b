package dev.directsupply.risk.account;

import dev.directsupply.kernel.Messages;

/** The kinds of credit guarantee (信用担保) a customer may give (DS-3.3.2). */
public enum GuaranteeType implements Messages.Localized {
    BANK_GUARANTEE, PARENT_COMPANY_GUARANTEE, PERSONAL_GUARANTEE, DEPOSIT, CREDIT_INSURANCE, LETTER_OF_CREDIT;

    @Override
    public String labelKey() {
        return "risk.guarantee-type." + name();
    }
}
