/** How inspections are stored. */
package dev.directsupply.delivery.inspection.internal;
