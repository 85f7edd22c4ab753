package org.coalitions.coalition.outcome;

import java.util.List;

import org.coalitions.coalition.reporting.CycleStatus;

/**
 * A coalition's reporting as its page shows it: the headline (the report being asked for now, the same the
 * secretariat's dashboard shows) and every cycle from the proposal year on, newest first.
 */
record ReportingView(CycleStatus headline, List<CycleStatus> cycles) {
}
