/** How the register package's aggregates are stored: their JSON documents and what each is looked up by. */
package dev.directsupply.risk.register.internal;
