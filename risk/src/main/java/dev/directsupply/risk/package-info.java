/**
 * Risk management (DS-6, DS-3.3.2): explainable credit grading, credit limits and exposure, the
 * credit check every order passes, receivables ageing and collection, mitigation measures and the
 * risk register. Other modules reach it only through ports that {@code sdk} connects. The module's
 * content is built under its own issue; for now this package marks its place in the dependency star.
 */
package dev.directsupply.risk;
