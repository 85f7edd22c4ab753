/**
 * The register of coalitions: proposing one with its formation statement, the secretariat's review, finding them,
 * reading one with its checklists ({@link org.coalitions.coalition.registry.Principles}). The {@link
 * org.coalitions.coalition.registry.Coalition} aggregate records its events in its own document (the outbox); its
 * life cycle's rules are in {@link org.coalitions.coalition.registry.LifeCycleRules}.
 */
package org.coalitions.coalition.registry;
