/**
 * Receivables and collection (DS-6.1.1, DS-6.2.1). The aggregate root is
 * {@link dev.directsupply.risk.receivables.Invoice}: issued for an accepted delivery, due after the
 * customer's payment terms, settled by payments and credit notes or written off as bad debt, its
 * status a transition table ({@link dev.directsupply.risk.receivables.InvoiceLifecycle}). Open items are
 * aged into configurable buckets by days past due ({@link dev.directsupply.risk.receivables.Ageing}),
 * collected by {@link dev.directsupply.risk.account.DunningLevel}s, and measured as days sales
 * outstanding ({@link dev.directsupply.risk.receivables.DaysSalesOutstanding}).
 */
package dev.directsupply.risk.receivables;
