/**
 * The shared kernel every domain module builds on: {@link dev.directsupply.kernel.Money},
 * typed ids ({@link dev.directsupply.kernel.Identifier}), the acting
 * {@link dev.directsupply.kernel.Actor} and the {@link dev.directsupply.kernel.AccessPolicy} that
 * grants {@link dev.directsupply.kernel.Permission}s (DS-7.2.2, DS-7.2.3), the
 * {@link dev.directsupply.kernel.DomainEvent} base, and the one error hierarchy rooted at
 * {@link dev.directsupply.kernel.DirectSupplyException}, whose messages ship in English and
 * Simplified Chinese ({@link dev.directsupply.kernel.Messages}).
 */
package dev.directsupply.kernel;
