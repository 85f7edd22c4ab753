package org.coalitions.platform.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.coalitions.platform.messaging.PendingEvent;
import org.coalitions.contracts.PlatformEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A document that records the events of its changes in an {@code outbox} field, saved in the same write as
 * the change. {@code version} gives optimistic concurrency: of two writers that read the same version, one
 * wins and the other gets an {@code OptimisticLockingFailureException}.
 */
public abstract class OutboxAggregate {

	public static final String OUTBOX_FIELD = "outbox";

	/** The stored name of {@link #version}. */
	public static final String VERSION_FIELD = "version";

	@Id
	protected String id;

	@Version
	protected Long version;

	private List<PendingEvent> outbox = new ArrayList<>();

	public String getId() {
		return id;
	}

	public Long getVersion() {
		return version;
	}

	protected void record(PlatformEvent event, String actor, Instant time) {
		outbox.add(PendingEvent.of(event, actor, time));
	}

	/** Events recorded and not yet acknowledged by Kafka (after a reload: not yet relayed). */
	public List<PendingEvent> pendingEvents() {
		return List.copyOf(outbox);
	}
}
