package dev.directsupply.kernel;

/**
 * Whose customers' records a role reaches (DS-7.2.2, 严格限制范围): the customers assigned to the person,
 * those assigned to their department, or all. An actor reaches as far as the widest of their roles
 * that counts in their department.
 */
public enum RecordScope {
    /** The customers assigned to the person. */
    OWN,
    /** The customers assigned to anyone of the person's department. */
    DEPARTMENT,
    /** Every customer. */
    ALL
}
