package org.coalitions.coalition.reporting;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

@Configuration(proxyBeanMethods = false)
class ReportingConfiguration {

	@Bean
	ReportingRules reportingRules(ReportingProperties properties) {
		return new ReportingRules(properties.deadline());
	}

	/** Spring has no converter to {@link MonthDay}; the setting is read in its ISO-8601 form only. */
	@Bean
	@ConfigurationPropertiesBinding
	static IsoMonthDay isoMonthDay() {
		return new IsoMonthDay();
	}

	/** A class, not a lambda: Spring reads the converter's types from its generic signature. */
	static final class IsoMonthDay implements Converter<String, MonthDay> {

		@Override
		public MonthDay convert(String text) {
			return MonthDay.parse(text.strip());
		}
	}
}
