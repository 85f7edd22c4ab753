/**
 * Coordination on the web: discussion threads with replies, and meetings with agenda and, afterwards,
 * minutes. Members post and reply; coordinators schedule meetings and add minutes. A closed coalition takes
 * no new posts but stays readable. The coordination group has the same space under its own id, where its members
 * and the secretariat do all of these ({@link org.coalitions.coalition.coordination.Spaces}).
 */
package org.coalitions.coalition.coordination;
