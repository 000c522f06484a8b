/**
 * Classes that break the architecture on purpose, so {@code ArchitectureRulesCatchViolationsTest}
 * can show each rule failing. They live in test sources, which the real check leaves out.
 */
package dev.directsupply.orders.archfixture;
