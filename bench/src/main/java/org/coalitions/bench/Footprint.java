package org.coalitions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resident memory (VmRSS) of the stack's JVMs and the services' start-up times ("Started ... in X seconds"). Run
 * as a main it writes the idle figures; {@link #sampleWhile} samples the peak under load.
 */
final class Footprint {

	static final List<String> SERVICES = List.of("coalition-service", "membership-service", "notification-service");

	static final List<String> COMPONENTS = List.of("coalition-service", "membership-service", "notification-service",
			"web", "kafka", "mongo", "keycloak", "mail");

	private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");

	private Footprint() {
	}

	/**
	 * Without arguments: the idle figures and the start-ups of {@code infra/stack up}; with {@code alone}: the
	 * start-ups of services each started again by itself ({@code bench/run} restarts them).
	 */
	public static void main(String[] args) {
		Stack stack = Stack.fromEnvironment();
		boolean alone = args.length > 0 && args[0].equals("alone");
		if (!alone) {
			Map<String, Double> idle = sample(stack);
			idle.forEach((name, mb) -> System.out.printf("bench: %-22s %6.0f MB resident (idle)%n", name, mb));
			Json.write(stack.results().resolve("footprint-idle.json"), idle);
		}
		Map<String, Double> startup = new LinkedHashMap<>();
		for (String service : SERVICES) {
			startupSeconds(stack.log(service)).ifPresent(seconds -> startup.put(service, seconds));
		}
		startup.forEach((name, seconds) -> System.out.printf("bench: %-22s %6.1f s start-up%s%n", name, seconds,
				alone ? " (alone)" : " (in parallel)"));
		Json.write(stack.results().resolve(alone ? "startup-alone.json" : "startup.json"), startup);
	}

	/** The resident memory of each running component, in MB. */
	static Map<String, Double> sample(Stack stack) {
		Map<String, Double> mb = new LinkedHashMap<>();
		for (String component : COMPONENTS) {
			stack.pid(component).ifPresent(pid -> {
				double rss = rssMb(pid);
				if (rss > 0) {
					mb.put(component, rss);
				}
			});
		}
		return mb;
	}

	/** Runs {@code work} while a thread samples every component's RSS each 500 ms; returns the peaks. */
	static Map<String, Double> sampleWhile(Stack stack, Runnable work) {
		Map<String, Double> peak = new ConcurrentHashMap<>();
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted()) {
				sample(stack).forEach((name, mb) -> peak.merge(name, mb, Math::max));
				try {
					Thread.sleep(500);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "rss-sampler");
		sampler.start();
		try {
			work.run();
		}
		finally {
			sampler.interrupt();
		}
		Map<String, Double> ordered = new LinkedHashMap<>();
		COMPONENTS.stream().filter(peak::containsKey).forEach(name -> ordered.put(name, peak.get(name)));
		return ordered;
	}

	/** VmRSS of a process in MB; 0 when it is gone. The stack launches Keycloak through a script: its child is the JVM. */
	static double rssMb(long pid) {
		double own = vmRssKb(pid);
		double children = ProcessHandle.of(pid)
			.map(handle -> handle.descendants().mapToDouble(child -> vmRssKb(child.pid())).sum())
			.orElse(0.0);
		return Math.round((own + children) / 1024.0 * 10) / 10.0;
	}

	private static double vmRssKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Double.parseDouble(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException | RuntimeException gone) {
			// the process ended between listing and reading
		}
		return 0;
	}

	/** The last "Started ... in X seconds" of a Spring Boot log. */
	static OptionalDouble startupSeconds(Path log) {
		OptionalDouble seconds = OptionalDouble.empty();
		try {
			for (String line : Files.readAllLines(log)) {
				Matcher started = STARTED.matcher(line);
				if (started.find()) {
					seconds = OptionalDouble.of(Double.parseDouble(started.group(1)));
				}
			}
		}
		catch (IOException ex) {
			System.out.println("bench: no log " + log);
		}
		return seconds;
	}
}
