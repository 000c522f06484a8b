package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.validation.InRange;

/**
 * The parameters of cooperation agreements, {@code admission.agreements}. The policy asks for agreements,
 * and a guarantee or prepayment of a newly developed customer (DS-3.3.2); it says nothing of renewal notice,
 * nor how long a customer counts as newly developed: both values are the company's choice.
 *
 * @param renewalNoticeDays an agreement that names no renewal notice is listed as expiring this many days
 *                          before its end
 * @param securedForMonths  an agreement signed at admission keeps a guarantee or a prepayment in every
 *                          version that starts within this many months of its first day
 */
public record AgreementParameters(@InRange(min = 0, max = 365, rule = "DS-3.4") int renewalNoticeDays,
                                  @InRange(min = 0, max = 120, rule = "DS-3.3.2") int securedForMonths) {
}
