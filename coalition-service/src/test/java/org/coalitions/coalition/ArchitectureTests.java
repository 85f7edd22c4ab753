package org.coalitions.coalition;

import org.coalitions.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTests {

	@Test
	void featuresStayApartAndAdaptersStayAtTheEdge() {
		ArchitectureRules.verify("org.coalitions.coalition");
	}
}
