/**
 * Event contracts: small immutable past-tense records, each registered in {@link
 * org.coalitions.contracts.EventCatalog} under a logical, versioned type name and a topic. No Java class
 * name ever travels on the wire.
 */
package org.coalitions.contracts;
