package org.coalitions.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.coalitions.contracts.ConsistencyToken;
import org.coalitions.contracts.ConsistencyToken.Position;

/**
 * Where the relay put each event, for the command that saved it: a command opened on a thread ({@link #command})
 * collects the ids of the events saved on that thread ({@link OutboxSaves}), and can then wait, bounded, for the
 * relay to report their positions ({@link #relayed}). In memory and per instance: the relay that sends an event
 * saved here is this instance's (woken at once by the save), or, if this instance dies first, another's scan, and
 * then the command has long failed to answer anyway. The last few thousand positions are kept, so an event the
 * relay sent between the save and the command's asking (a scan that passed just then) is still found.
 */
public final class RelayedPositions {

	private static final int RECENT = 4096;

	private final ThreadLocal<Command> current = new ThreadLocal<>();

	private final Map<String, CompletableFuture<Position>> awaited = new HashMap<>();

	private final Map<String, Position> recent = new LinkedHashMap<>(RECENT, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Position> eldest) {
			return size() > RECENT;
		}
	};

	/** Starts collecting the events this thread saves, until the command is closed. */
	public Command command() {
		Command command = new Command(current.get());
		current.set(command);
		return command;
	}

	/** Events just saved on this thread; noted for its open command, if any. */
	public void saved(Collection<String> eventIds) {
		Command command = current.get();
		if (command != null) {
			eventIds.forEach(id -> command.events.computeIfAbsent(id, this::whenRelayed));
		}
	}

	/** The relay had this event acknowledged at this position. */
	public void relayed(String eventId, Position position) {
		CompletableFuture<Position> waiting;
		synchronized (this) {
			recent.put(eventId, position);
			waiting = awaited.remove(eventId);
		}
		if (waiting != null) {
			waiting.complete(position);
		}
	}

	private synchronized CompletableFuture<Position> whenRelayed(String eventId) {
		Position known = recent.get(eventId);
		return known != null ? CompletableFuture.completedFuture(known)
				: awaited.computeIfAbsent(eventId, id -> new CompletableFuture<>());
	}

	private synchronized void forget(String eventId, CompletableFuture<Position> future) {
		awaited.remove(eventId, future);
	}

	/** The events one command saved on its thread. */
	public final class Command implements AutoCloseable {

		private final Command outer;

		private final Map<String, CompletableFuture<Position>> events = new LinkedHashMap<>();

		private Command(Command outer) {
			this.outer = outer;
		}

		/**
		 * The positions of the events this command saved, once the relay has sent them all; empty when it saved
		 * none, or when they were not all sent within {@code bound}.
		 */
		public Optional<ConsistencyToken> token(Duration bound) {
			if (events.isEmpty()) {
				return Optional.empty();
			}
			long deadline = System.nanoTime() + bound.toNanos();
			List<Position> positions = new ArrayList<>();
			try {
				for (CompletableFuture<Position> event : events.values()) {
					positions.add(event.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
				}
			}
			catch (TimeoutException | ExecutionException ex) {
				return Optional.empty();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
			return Optional.of(ConsistencyToken.of(positions));
		}

		@Override
		public void close() {
			events.forEach(RelayedPositions.this::forget);
			if (outer == null) {
				current.remove();
			}
			else {
				current.set(outer);
			}
		}
	}
}
