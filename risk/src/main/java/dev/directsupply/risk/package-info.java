/**
 * Risk management (DS-6, DS-3.3.2): the services every other module asks "may we do business with
 * this customer on these terms?". {@link dev.directsupply.risk.account.CreditDesk} grades customers with the
 * explainable scorecard, keeps their limits and terms, and checks and reserves credit for orders;
 * {@link dev.directsupply.risk.receivables.ReceivablesDesk} issues invoices, takes payments, ages receivables and
 * runs dunning; {@link dev.directsupply.risk.register.RiskDesk} keeps market, quality, supply and credit
 * risks. The module reaches customers and company data through ports
 * ({@link dev.directsupply.risk.account.CustomerDirectory}, {@link dev.directsupply.risk.account.CompanyFacts}) that
 * {@code sdk} connects; its parameters are {@link dev.directsupply.risk.RiskParameters}.
 */
package dev.directsupply.risk;
