package org.coalitions.contracts;

import java.util.List;

/**
 * The members of the coordination group changed; {@code memberIds} is the whole new list (person ids: the
 * representatives of every active coalition; the secretariat belongs to it by role and is not listed).
 * {@code coalitionId} is always {@link CoordinationGroup#ID}: the group has its threads and meetings like a
 * coalition's, under that id.
 */
public record CoordinationGroupChanged(String coalitionId, List<String> memberIds) implements CoalitionEvent {
}
