/**
 * Risk management (DS-6, DS-3.3.2): the services every other module asks "may we do business with
 * this customer on these terms?". {@link dev.directsupply.risk.CreditDesk} grades customers with the
 * explainable scorecard, keeps their limits and terms, and checks and reserves credit for orders;
 * {@link dev.directsupply.risk.ReceivablesLedger} issues invoices, takes payments, ages receivables and
 * runs dunning; {@link dev.directsupply.risk.RiskRegister} keeps market, quality, supply and credit
 * risks. The module reaches customers and company data through ports
 * ({@link dev.directsupply.risk.CustomerDirectory}, {@link dev.directsupply.risk.CompanyFacts}) that
 * {@code sdk} connects; its parameters are {@link dev.directsupply.risk.RiskParameters}.
 */
package dev.directsupply.risk;
