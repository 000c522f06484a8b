/** How leads are stored; not part of the API. */
package dev.directsupply.admission.lead.internal;
