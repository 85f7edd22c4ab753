/**
 * The life cycle, driven by events and a periodic check; its rules are in one class,
 * {@link org.coalitions.coalition.registry.LifeCycleRules} (beside the aggregate that applies them). Membership's
 * balance changes may make an approved proposal ACTIVE; activity ({@link org.coalitions.contracts.Activity})
 * moves the last activity and clears the quiet flag. The periodic check publishes each coalition's headline
 * reporting status as deadlines pass and years roll over (an overdue report makes an ACTIVE coalition INACTIVE),
 * the reporting reminders as they fall due, and the quietness flag when it flips.
 */
package org.coalitions.coalition.lifecycle;
