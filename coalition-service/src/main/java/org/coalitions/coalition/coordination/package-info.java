/**
 * Coordination on the web: discussion threads with replies, and meetings with agenda and, afterwards,
 * minutes. Anyone may read them, signed in or not (the forum's open archives; the views name authors, never
 * their addresses); members post and reply; coordinators schedule meetings and add minutes. A closed coalition
 * takes no new posts but stays readable. The coordination group has the same space under its own id, where its
 * members and the secretariat do all of these ({@link org.coalitions.coalition.coordination.Spaces}).
 */
package org.coalitions.coalition.coordination;
