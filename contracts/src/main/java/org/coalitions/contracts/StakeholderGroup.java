package org.coalitions.contracts;

import java.util.Locale;
import java.util.Optional;

/** The stakeholder groups that take part in the forum on an equal footing. */
public enum StakeholderGroup {

	GOVERNMENT, INTERGOVERNMENTAL_ORGANISATION, PRIVATE_SECTOR, CIVIL_SOCIETY, TECHNICAL_COMMUNITY,
	ACADEMIC_COMMUNITY;

	/**
	 * Reads a group from a token claim or a request: the constant's name or its words, in any case
	 * ("civil society", "Civil-Society", "CIVIL_SOCIETY"); anything else is no group.
	 */
	public static Optional<StakeholderGroup> parse(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
		if (name.equals("INTERGOVERNMENTAL_ORGANIZATION")) {
			name = INTERGOVERNMENTAL_ORGANISATION.name();
		}
		for (StakeholderGroup group : values()) {
			if (group.name().equals(name)) {
				return Optional.of(group);
			}
		}
		return Optional.empty();
	}
}
