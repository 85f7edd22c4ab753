/**
 * History: every coalition's events kept as published ({@code coalition_journal}, a projection written by its
 * own consumer group), and a coalition's state on any past date worked out from them ({@code CoalitionState}:
 * members, stakeholder balance, status, reporting status), answered at {@code GET /api/coalitions/{id}/state}.
 */
package org.coalitions.notification.history;
