package org.coalitions.notification.digest;

import java.util.function.Supplier;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/** Each digest run: how long it took, how many people it went through and how many digests it queued. */
@Component
class DigestMetrics {

	/** The duration of each run (count, sum and max). */
	static final String RUN = "coalitions.digest.run";

	/** People with a mail address a run went through. */
	static final String PEOPLE = "coalitions.digest.run.people";

	/** Digests a run queued (people whose period ended with something new). */
	static final String MAILS = "coalitions.digest.run.mails";

	private final Timer run;

	private final DistributionSummary people;

	private final DistributionSummary mails;

	DigestMetrics(MeterRegistry registry) {
		this.run = Timer.builder(RUN).description("Digest runs and how long they took").register(registry);
		this.people = DistributionSummary.builder(PEOPLE)
			.description("People with a mail address a digest run went through")
			.register(registry);
		this.mails = DistributionSummary.builder(MAILS)
			.description("Digests a run queued")
			.register(registry);
	}

	Digests.RunSummary record(Supplier<Digests.RunSummary> digestRun) {
		Digests.RunSummary summary = run.record(digestRun);
		people.record(summary.checked());
		mails.record(summary.queued());
		return summary;
	}
}
