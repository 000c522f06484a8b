/**
 * The risk register (DS-6.1.2–6.1.4, DS-6.2.2–6.2.4). The aggregate root is
 * {@link dev.directsupply.risk.register.Risk}: a market, quality, supply or credit risk for a customer
 * or product line, rated likelihood × impact, owned, with response measures, a contingency plan and
 * a review date, moving through IDENTIFIED → ASSESSED → MITIGATING → MONITORING → CLOSED as its
 * {@link dev.directsupply.risk.register.RiskLifecycle} allows. The
 * {@link dev.directsupply.risk.register.RiskMonitor} raises quality and supply risks by itself when
 * the {@link dev.directsupply.risk.register.QualitySignals} or {@link dev.directsupply.risk.register.SupplySignals}
 * a host feeds cross their thresholds.
 */
package dev.directsupply.risk.register;
