/**
 * The risk module's machinery, hidden from other modules: the stored forms of credit accounts,
 * credit reports, invoices and risks ({@link dev.directsupply.risk.internal.Snapshots}), the MapStruct
 * mapper between them and the aggregates, and the document codecs.
 */
package dev.directsupply.risk.internal;
