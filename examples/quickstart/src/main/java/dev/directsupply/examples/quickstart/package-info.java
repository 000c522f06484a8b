/**
 * The quick-start example: builds the SDK with its defaults, registers a few customers, records
 * purchases and prints how each is classified (DS-2.2), in English and Chinese.
 */
package dev.directsupply.examples.quickstart;
