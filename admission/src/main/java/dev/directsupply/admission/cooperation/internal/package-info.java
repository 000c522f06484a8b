/** How cooperation agreements are stored. Not part of the API. */
package dev.directsupply.admission.cooperation.internal;
