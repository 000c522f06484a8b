/**
 * Helpers of the JDBC adapter: the attribute codec and the reading of SQL failures.
 */
package dev.directsupply.persistence.jdbc.internal;
