/**
 * Relationship care (DS-5): regular meetings, the communication log, care activities, the half-yearly
 * assessment and its improvement plans. The module's content is built under its own issue; for now
 * this package marks its place.
 */
package dev.directsupply.relationship;
