/**
 * The register of coalitions: proposing one, finding them, reading one. The {@link
 * org.coalitions.coalition.registry.Coalition} aggregate records its events in its own document (the outbox).
 */
package org.coalitions.coalition.registry;
