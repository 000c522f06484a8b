package dev.directsupply.admission.cooperation;

import dev.directsupply.kernel.validation.InRange;

/**
 * The parameters of cooperation agreements, {@code admission.agreements}. The policy asks for agreements
 * and says nothing of their renewal; the value is the company's choice.
 *
 * @param renewalNoticeDays an agreement that names no renewal notice is listed as expiring this many days
 *                          before its end
 */
public record AgreementParameters(@InRange(min = 0, max = 365, rule = "DS-3.4") int renewalNoticeDays) {
}
