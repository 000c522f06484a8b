/**
 * Inspections (DS-4.1.3 "to quality", DS-6.2.3): incoming, in-process and final inspection records of a lot,
 * each with its sampling plan, results and non-conformances. A lot ships only with a passed final inspection;
 * the records' non-conformances are the quality signals delivery gives the risk module. The delivery module
 * owns them (ADR 0042): the gate they serve is the dispatch of a shipment.
 */
package dev.directsupply.delivery.inspection;
