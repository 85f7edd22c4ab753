/**
 * The annual-report rule ({@link org.coalitions.coalition.reporting.ReportingRules}): which reporting cycles a
 * coalition owes, when each is due and overdue, and which one is the headline. Plain Java apart from its
 * setting; the registry keeps each coalition's headline status and publishes its changes.
 */
package org.coalitions.coalition.reporting;
