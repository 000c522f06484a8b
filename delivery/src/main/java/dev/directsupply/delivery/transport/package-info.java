/**
 * Transport (DS-4.2.1): the mode a shipment travels by, chosen by configurable rules that give their reasons
 * ({@link dev.directsupply.delivery.transport.TransportRules}), and a day's short capacity allocated by priority
 * — urgent orders and CORE or IMPORTANT customers first, then the promised date — in a plan that explains
 * itself and is the same for the same input ({@link dev.directsupply.delivery.transport.TransportPlanner}).
 */
package dev.directsupply.delivery.transport;
