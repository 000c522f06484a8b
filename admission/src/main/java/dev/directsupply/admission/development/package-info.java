/**
 * Development targets per stage and segment, and their progress measured from leads and applications at
 * any time (DS-3.1.1): {@link dev.directsupply.admission.development.TargetDesk}.
 */
package dev.directsupply.admission.development;
