package org.coalitions.contracts;

import java.util.Map;

/**
 * The positions members held on an outcome when it was published: {@code byPosition} maps a {@link Position}'s
 * name to a count, {@code byStakeholderGroup} maps a {@link StakeholderGroup}'s name to such a map (a member
 * without a group counts under {@code UNSPECIFIED}).
 */
public record OutcomeTally(Map<String, Integer> byPosition, Map<String, Map<String, Integer>> byStakeholderGroup) {
}
