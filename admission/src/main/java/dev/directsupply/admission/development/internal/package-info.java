/** How development targets are stored; not part of the API. */
package dev.directsupply.admission.development.internal;
