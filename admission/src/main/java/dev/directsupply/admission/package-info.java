/**
 * Customer development and admission (DS-3): development targets, prospects, the admission criteria
 * and the six-step admission workflow with segregated reviewers, and cooperation agreements. The
 * module's content is built under its own issue; for now this package marks its place.
 */
package dev.directsupply.admission;
