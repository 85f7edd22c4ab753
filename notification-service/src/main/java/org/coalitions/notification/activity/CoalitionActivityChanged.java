package org.coalitions.notification.activity;

import java.util.List;

/**
 * In-process: the projection applied new events to these coalitions' activity in one batch (never sent for a
 * batch of nothing but redeliveries), so whoever shows live figures can refresh them.
 */
record CoalitionActivityChanged(List<String> coalitionIds) {
}
