/**
 * Customer development and admission (DS-3): {@link dev.directsupply.admission.AdmissionModule} declares it.
 * Today it holds the six-step admission workflow of DS-3.4 with the admission criteria of DS-2.1 and
 * DS-3.3 and segregated reviewers ({@code application}); development targets, leads and prospects, and the
 * cooperation agreement's contents follow under the same issue.
 */
package dev.directsupply.admission;
