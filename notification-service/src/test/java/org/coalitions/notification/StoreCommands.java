package org.coalitions.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;

/**
 * The store commands each thread sends, as {@code "<command> <collection>"} (the driver reports a command on the
 * thread that sends it): what a step run on the test's own thread costs in round trips, whatever the service's
 * listeners do meanwhile on theirs.
 */
public class StoreCommands implements CommandListener {

	private final Map<Thread, List<String>> sent = new ConcurrentHashMap<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		List<String> mine = sent.get(Thread.currentThread());
		if (mine != null) {
			BsonValue target = event.getCommand().get(event.getCommandName());
			mine.add(event.getCommandName() + (target != null && target.isString() ? " " + target.asString().getValue()
					: ""));
		}
	}

	/** The commands the step sent, in their order. */
	public List<String> during(Runnable step) {
		List<String> mine = new ArrayList<>();
		sent.put(Thread.currentThread(), java.util.Collections.synchronizedList(mine));
		try {
			step.run();
		}
		finally {
			sent.remove(Thread.currentThread());
		}
		return List.copyOf(mine);
	}
}
