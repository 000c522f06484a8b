/**
 * Cooperation agreements (DS-3.4 step 6): the agreement an admission ends with, its contents — parties,
 * rights and obligations, cooperation mode, price, payment and delivery terms, validity and both sides'
 * signatures — its amendments and renewals as versions, the terms in force on any day, and the agreements
 * about to expire: {@link dev.directsupply.admission.cooperation.CooperationDesk}. It is the SDK's source of
 * agreed terms for orders and invoices.
 */
package dev.directsupply.admission.cooperation;
