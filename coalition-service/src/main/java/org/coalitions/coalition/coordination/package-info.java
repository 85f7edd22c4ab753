/**
 * Coordination on the web: discussion threads with replies, and meetings with agenda and, afterwards,
 * minutes. Anyone may read them, signed in or not (the forum's open archives; the views name authors, never
 * their addresses); members post and reply; coordinators schedule meetings and add minutes. A closed coalition
 * takes no new posts but stays readable.
 */
package org.coalitions.coalition.coordination;
