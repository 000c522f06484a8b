/**
 * Which customer is whose (DS-7.2.2): each customer's assignment to a person and department, with its
 * history, which the pipeline reads to keep each person to the records in their scope.
 */
package dev.directsupply.kernel.scope;
