/**
 * A customer's credit standing and the credit check (DS-4.1.2, DS-6.2.1, DS-3.3.2). The aggregate
 * root is {@link dev.directsupply.risk.account.CreditAccount}: grade and its history, the credit
 * limit ({@link dev.directsupply.risk.account.CreditLimitTable} by grade and purchase scale, or an
 * authorised override), the terms the {@link dev.directsupply.risk.account.MitigationTable} sets,
 * credit stops, guarantees, and the exposure — open receivables, approved orders not yet invoiced,
 * delivered goods not yet invoiced — with every reservation and hold by order. The
 * {@link dev.directsupply.risk.account.CreditRules} decide a {@link dev.directsupply.risk.account.CreditDecision}
 * with its whole explanation; a hold is re-checked whenever the account changes and released when
 * the check passes.
 */
package dev.directsupply.risk.account;
