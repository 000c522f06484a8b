/**
 * Credit grading (DS-3.3.2, DS-6.2.1). A {@link dev.directsupply.risk.credit.Scorecard} of weighted
 * {@link dev.directsupply.risk.credit.ScoreFactor}s maps raw inputs through configurable
 * {@link dev.directsupply.risk.credit.Band}s to points, handles missing data by each factor's
 * explicit {@link dev.directsupply.risk.credit.MissingData} rule, and returns an
 * {@link dev.directsupply.risk.credit.Evaluation} whose lines add up to its score; the score maps to
 * a {@link dev.directsupply.risk.credit.CreditGrade} by configurable cut-offs. Each evaluation is
 * kept as a {@link dev.directsupply.risk.credit.CreditReport} (who, when, inputs, result, parameters version).
 */
package dev.directsupply.risk.credit;
