/**
 * What coalitions report back to the forum: annual activity reports (one per reporting cycle, a calendar
 * year), outcome documents and recommendations, each drafted then published; and each coalition's reporting
 * status per cycle.
 */
package org.coalitions.coalition.outcome;
