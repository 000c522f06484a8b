/**
 * Admission applications and the six-step admission workflow of DS-3.4, with the admission criteria of
 * DS-2.1 and DS-3.3 and the segregation of its reviews: {@link dev.directsupply.admission.application.AdmissionDesk}.
 */
package dev.directsupply.admission.application;
