/**
 * Coordination on the web: discussion threads with replies, and meetings with agenda and, afterwards,
 * minutes. Members post and reply; coordinators schedule meetings and add minutes. A closed coalition takes
 * no new posts but stays readable.
 */
package org.coalitions.coalition.coordination;
