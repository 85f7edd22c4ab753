package org.coalitions.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code infra/stack replay <service>} on the stack with the demo data (and whatever earlier test classes added):
 * each service's projections, rebuilt from the topics from their beginning into a scratch database, equal the live
 * ones. The three replays run at once, as three processes beside the live services.
 */
@ExtendWith(SharedLocalStack.class)
class ReplaySystemTests {

	static final List<String> SERVICES = List.of("coalition-service", "membership-service", "notification-service");

	final LocalStack stack;

	ReplaySystemTests(LocalStack stack) {
		this.stack = stack;
	}

	@Test
	void everyServicesRebuiltProjectionsEqualTheLiveOnes() {
		Map<String, CompletableFuture<Integer>> replays = SERVICES.stream()
			.collect(Collectors.toMap(service -> service, service -> CompletableFuture
				.supplyAsync(() -> stack.run(Duration.ofMinutes(10), "infra/stack", "replay", service))));

		for (String service : SERVICES) {
			int exit = replays.get(service).join();
			String report = report(service);
			assertThat(exit).as(service + ":\n" + report).isZero();
			assertThat(report).as(service).contains("RESULT EQUAL").doesNotContain("DIFFERENT");
		}
		assertThat(report("coalition-service")).containsPattern("coalition_roster: equal \\([1-9]\\d* documents\\)")
			.containsPattern("audit_trail: equal \\([1-9]\\d* documents\\)");
		assertThat(report("membership-service")).containsPattern("coalition_directory: equal \\([1-9]\\d* documents\\)");
		assertThat(report("notification-service")).containsPattern("coalition_journal: equal \\([1-9]\\d* documents\\)")
			.containsPattern("feed_entries: equal \\([1-9]\\d* documents\\)")
			.containsPattern("coalition_activity: equal \\([1-9]\\d* documents\\)")
			.containsPattern("people: equal \\([1-9]\\d* documents\\)");
	}

	/** The report lines of the service's latest replay, from its log. */
	private String report(String service) {
		Path log = Path.of(stack.env.get("STACK_DIR"), "logs", "replay-" + service + ".log");
		try {
			List<String> lines = Files.readAllLines(log);
			int start = 0;
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith("----- infra/stack: replay of")) {
					start = i;
				}
			}
			return lines.subList(start, lines.size()).stream().filter(line -> line.startsWith("replay: "))
				.collect(Collectors.joining("\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
