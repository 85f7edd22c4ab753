package org.coalitions.infra;

/** Servers log warnings only, unless the caller chose a logback configuration of its own. */
final class QuietLogging {

	private QuietLogging() {
	}

	static void apply() {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "infra-logback.xml");
		}
	}
}
