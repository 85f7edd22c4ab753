/**
 * The life cycle, driven by events and a periodic check; its rules are in one class,
 * {@link org.coalitions.coalition.registry.LifeCycleRules} (beside the aggregate that applies them). PROPOSED
 * becomes ACTIVE when membership-service reports the multistakeholder rule met; ACTIVE becomes DORMANT after a
 * quiet period or when the headline annual report is overdue; activity ({@link org.coalitions.contracts.Activity})
 * wakes a DORMANT coalition; closing and reopening are commands (registry). The check also publishes each
 * coalition's headline reporting status as deadlines pass and years roll over.
 */
package org.coalitions.coalition.lifecycle;
