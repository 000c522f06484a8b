/**
 * The register of confidentiality agreements (DS-7.2.3): who signed one, when, until when, and whether
 * it was revoked. The pipeline asks it before any access to customer information; every change is
 * audited like any other command.
 */
package dev.directsupply.kernel.agreement;
