package org.coalitions.coalition.reporting;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param deadline the day of year c+1 on which cycle c's annual report is due, as ISO-8601 {@code --MM-dd}
 * (default {@code --03-31}, 31 March)
 */
@ConfigurationProperties("coalitions.reporting")
public record ReportingProperties(MonthDay deadline) {

	public ReportingProperties {
		deadline = deadline == null ? MonthDay.of(3, 31) : deadline;
	}
}
