package org.coalitions.notification.activity;

/**
 * In-process: the projection applied a new event to this coalition's activity (never sent for a redelivery),
 * so whoever shows live figures can refresh them.
 */
record CoalitionActivityChanged(String coalitionId) {
}
