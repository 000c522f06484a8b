/** How admission applications are stored; not part of the API. */
package dev.directsupply.admission.application.internal;
