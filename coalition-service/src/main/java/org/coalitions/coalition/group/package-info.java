/**
 * The forum's coordination group: the representatives of every active coalition (named by its coordinators, by
 * default its coordinators) and the secretariat. Who belongs is decided by {@link
 * org.coalitions.coalition.group.CoordinationGroupRules}, kept up to date from the roster and status events and
 * published as {@code CoordinationGroupChanged}; the group's threads and meetings are coordination's, under the id
 * {@code coordination-group}.
 */
package org.coalitions.coalition.group;
