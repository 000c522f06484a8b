/**
 * Direct-supply customers (DS-2, DS-7.1). The aggregate root is
 * {@link dev.directsupply.customer.Customer}: its profile (legal name, unified social credit code,
 * contacts, addresses), its {@link dev.directsupply.customer.Classification} on the three axes of
 * the policy — purchase scale (DS-2.2.1, decided by the {@link dev.directsupply.customer.ScalePolicy}
 * from the {@link dev.directsupply.customer.ClassificationParameters}), industry (DS-2.2.2) and
 * strategic importance (DS-2.2.3) — with the history of every change, its purchase ledger, and its
 * status lifecycle ({@link dev.directsupply.customer.CustomerLifecycle}). The
 * {@link dev.directsupply.customer.CustomerDesk} is the application service: it checks
 * permissions (DS-7.2), validates commands, and saves each change with its events and a
 * tamper-evident audit entry (DS-7.2.1).
 */
package dev.directsupply.customer;
