/**
 * Leads (DS-3.1.2, DS-3.2.1): prospects found through the policy's channels, worked to a qualified lead and
 * converted into an admission application without retyping: {@link dev.directsupply.admission.lead.LeadDesk}.
 */
package dev.directsupply.admission.lead;
