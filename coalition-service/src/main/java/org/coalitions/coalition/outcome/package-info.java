/**
 * What coalitions report back to the forum: annual activity reports (one per reporting cycle, a calendar
 * year), outcome documents and recommendations, each drafted, revised (every version kept), optionally opened for
 * members' comments and positions ({@link org.coalitions.coalition.outcome.CommentRound}, the round's rules), then
 * published with its record; and each coalition's reporting status per cycle.
 */
package org.coalitions.coalition.outcome;
