package org.coalitions.contracts;

import java.util.List;

/**
 * A coalition's coordinators named its one or two representatives in the coordination group (person ids);
 * an empty list means "our coordinators", the default.
 */
public record RepresentativesNamed(String coalitionId, List<String> representativeIds) implements CoalitionEvent {
}
