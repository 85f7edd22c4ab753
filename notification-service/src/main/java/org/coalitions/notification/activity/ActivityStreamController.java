package org.coalitions.notification.activity;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live activity as server-sent events: after each batch of newly applied events, every connected client gets an
 * event {@code coalition} per coalition the batch changed, whose data is that coalition's figures; a comment every
 * {@link ActivityStreamProperties#heartbeat() heartbeat} keeps proxies from closing a quiet stream, and finds the
 * clients that went away.
 * <p>
 * One thread sends everything, so the Kafka consumer never waits for a slow client and no emitter is written
 * by two threads. A client that completes, times out or fails is dropped at once, and on shutdown every stream
 * is completed so a graceful shutdown does not wait for them.
 * <p>
 * With several instances each applies the events of its own partitions: a change applied here is sent at once and
 * noted in {@link ActivityChanges}; those applied by the other instances are found there every
 * {@link ActivityStreamProperties#sharedChanges() shared-changes} interval while a client listens. Each coalition's
 * revision is sent once.
 */
@RestController
class ActivityStreamController {

	private static final Logger log = LoggerFactory.getLogger(ActivityStreamController.class);

	/** A browser's EventSource reconnects by itself, so a long but bounded stream costs nothing. */
	static final Duration TIMEOUT = Duration.ofMinutes(30);

	private final Set<SseEmitter> clients = new CopyOnWriteArraySet<>();

	private final ActivityFigures figures;

	private final ActivityChanges changes;

	/** The latest revision sent of each coalition changed lately; touched by the sender thread only. */
	private final Map<String, ActivityChanges.ActivityChange> sent = new HashMap<>();

	private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(task -> {
		Thread thread = new Thread(task, "activity-stream");
		thread.setDaemon(true);
		return thread;
	});

	ActivityStreamController(ActivityFigures figures, ActivityChanges changes, ActivityStreamProperties properties) {
		this.figures = figures;
		this.changes = changes;
		long heartbeat = properties.heartbeat().toMillis();
		sender.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
		long shared = properties.sharedChanges().toMillis();
		sender.scheduleWithFixedDelay(this::sendSharedChanges, shared, shared, TimeUnit.MILLISECONDS);
	}

	@GetMapping(path = "/api/activity/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@Operation(summary = "Live activity changes as server-sent events (secretariat)")
	SseEmitter stream() throws IOException {
		SseEmitter client = new SseEmitter(TIMEOUT.toMillis());
		client.onCompletion(() -> clients.remove(client));
		client.onTimeout(() -> {
			clients.remove(client);
			// ends the stream normally; otherwise the timeout becomes an error on an already committed response
			client.complete();
		});
		client.onError(error -> clients.remove(client));
		// sent before the first change, so the client knows at once that it is connected
		client.send(SseEmitter.event().comment("connected"));
		clients.add(client);
		return client;
	}

	/** How many clients are connected now. */
	int connected() {
		return clients.size();
	}

	@EventListener
	void on(CoalitionActivityChanged changed) {
		List<String> coalitionIds = changed.coalitionIds();
		boolean noted;
		try {
			// noted even with nobody listening here: a client of another instance may be
			changes.record(coalitionIds);
			noted = true;
		}
		catch (RuntimeException ex) {
			// the changes themselves are applied: only the other instances' streams miss them
			log.warn("Could not note the activity changes of {} coalitions for the other instances",
					coalitionIds.size(), ex);
			noted = false;
		}
		if (clients.isEmpty()) {
			// nobody to send the figures to: reading them would only load the store while the projection catches up
			return;
		}
		boolean withRevisions = noted;
		sender.execute(() -> {
			if (withRevisions) {
				sendOnce(coalitionIds);
			}
			else {
				coalitionIds.forEach(this::send);
			}
		});
	}

	/** The coalitions' latest revisions, each sent if not sent yet; all sent when the revisions cannot be read. */
	private void sendOnce(List<String> coalitionIds) {
		List<ActivityChanges.ActivityChange> latest;
		try {
			latest = changes.of(coalitionIds);
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the revisions of {} changed coalitions", coalitionIds.size(), ex);
			coalitionIds.forEach(this::send);
			return;
		}
		latest.forEach(this::sendOnce);
	}

	/** What the other instances applied since the last look. */
	private void sendSharedChanges() {
		if (clients.isEmpty()) {
			return;
		}
		try {
			Instant forgotten = Instant.now().minus(ActivityChanges.RECENT.multipliedBy(2));
			sent.values().removeIf(change -> change.changedAt().isBefore(forgotten));
			changes.recent().forEach(this::sendOnce);
		}
		catch (RuntimeException ex) {
			// a periodic task that throws is never run again
			log.warn("Could not read the activity changes of the other instances", ex);
		}
	}

	private void sendOnce(ActivityChanges.ActivityChange change) {
		ActivityChanges.ActivityChange before = sent.get(change.id());
		if (before != null && before.revision() >= change.revision()) {
			return;
		}
		sent.put(change.id(), change);
		send(change.id());
	}

	private void send(String coalitionId) {
		try {
			figures.coalition(coalitionId)
				.ifPresent(view -> sendToAll(
						() -> SseEmitter.event().name("coalition").data(view, MediaType.APPLICATION_JSON)));
		}
		catch (RuntimeException ex) {
			log.warn("Could not send the activity of coalition {} to the stream", coalitionId, ex);
		}
	}

	@EventListener(ContextClosedEvent.class)
	void closeAll() {
		sender.shutdownNow();
		clients.forEach(SseEmitter::complete);
		clients.clear();
	}

	private void heartbeat() {
		try {
			sendToAll(() -> SseEmitter.event().comment("heartbeat"));
		}
		catch (RuntimeException ex) {
			// a periodic task that throws is never run again
			log.warn("Activity stream heartbeat failed", ex);
		}
	}

	/** A builder per client: building one appends to it, so it cannot be sent twice. */
	private void sendToAll(Supplier<SseEmitter.SseEventBuilder> event) {
		for (SseEmitter client : clients) {
			try {
				client.send(event.get());
			}
			catch (IOException | IllegalStateException gone) {
				// the client went away (or its emitter already completed): the container reports the error too
				clients.remove(client);
				log.debug("Dropped an activity stream client: {}", gone.toString());
			}
		}
	}
}
