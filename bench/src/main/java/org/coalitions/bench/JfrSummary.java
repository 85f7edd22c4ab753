package org.coalitions.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a process spent its CPU during a benchmark: the execution samples of a Flight Recorder recording, counted
 * by top frame (the method on the CPU), by the library the sample is in (the first frame outside the JDK) and by
 * our own frame nearest the top. Arguments: the recording and the name of the summary
 * ({@code bench/results/profile-NAME.json}).
 */
final class JfrSummary {

	/** Libraries by package prefix, first match wins; the rest is "other". */
	private static final Map<String, String> LIBRARIES = libraries();

	/**
	 * The CPU figures are means of {@code jdk.CPULoad} (fractions of the whole machine): a process that waits (on
	 * a socket, a lock) takes few samples, and the machine's total says whether it waited for a CPU.
	 */
	record Profile(long samples, double processCpu, double machineCpu, double peakHeapMb, Map<String, Long> byLibrary,
			Map<String, Long> topFrames, Map<String, Long> topOwnFrames) {
	}

	public static void main(String[] args) throws IOException {
		Path recording = Path.of(args[0]);
		Map<String, Long> byLibrary = new TreeMap<>();
		Map<String, Long> topFrames = new TreeMap<>();
		Map<String, Long> ownFrames = new TreeMap<>();
		long samples = 0;
		double processCpu = 0;
		double machineCpu = 0;
		long cpuReadings = 0;
		long peakHeap = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if ("jdk.CPULoad".equals(event.getEventType().getName())) {
				processCpu += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
				machineCpu += event.getFloat("machineTotal");
				cpuReadings++;
				continue;
			}
			if ("jdk.GCHeapSummary".equals(event.getEventType().getName())) {
				peakHeap = Math.max(peakHeap, event.getLong("heapUsed"));
				continue;
			}
			if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			topFrames.merge(name(frames.get(0)), 1L, Long::sum);
			byLibrary.merge(library(frames), 1L, Long::sum);
			frames.stream()
				.filter(frame -> type(frame).startsWith("org.coalitions."))
				.findFirst()
				.ifPresent(frame -> ownFrames.merge(name(frame), 1L, Long::sum));
		}
		long readings = Math.max(1, cpuReadings);
		Profile profile = new Profile(samples, processCpu / readings, machineCpu / readings,
				Math.round(peakHeap / 1024.0 / 1024.0 * 10) / 10.0, top(byLibrary, 20),
				top(topFrames, 20), top(ownFrames, 15));
		Json.write(Stack.fromEnvironment().results().resolve("profile-" + args[1] + ".json"), profile);
	}

	/** The library of the first frame outside the JDK, or "JDK" if all are inside. */
	static String library(List<RecordedFrame> frames) {
		for (RecordedFrame frame : frames) {
			String type = type(frame);
			if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.")) {
				continue;
			}
			return LIBRARIES.entrySet()
				.stream()
				.filter(entry -> type.startsWith(entry.getKey()))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse("other (" + type.replaceAll("^((?:[a-z0-9_]+\\.){1,3}).*", "$1") + ")");
		}
		return "JDK";
	}

	private static Map<String, String> libraries() {
		Map<String, String> libraries = new LinkedHashMap<>();
		libraries.put("de.bwaldvogel.mongo", "mongo-java-server (the embedded wire-protocol server)");
		libraries.put("org.h2", "H2 MVStore (its storage)");
		libraries.put("io.netty", "Netty");
		libraries.put("com.mongodb", "MongoDB driver");
		libraries.put("org.bson", "MongoDB driver (BSON)");
		libraries.put("org.springframework.data.mongodb", "Spring Data MongoDB");
		libraries.put("org.springframework.kafka", "Spring Kafka");
		libraries.put("org.apache.kafka", "Kafka client");
		libraries.put("tools.jackson", "Jackson");
		libraries.put("com.fasterxml.jackson", "Jackson");
		libraries.put("org.coalitions.", "our code");
		libraries.put("org.springframework.security", "Spring Security");
		libraries.put("org.springframework.web", "Spring Web MVC");
		libraries.put("org.springframework", "Spring (other)");
		libraries.put("org.apache.catalina", "Tomcat");
		libraries.put("org.apache.tomcat", "Tomcat");
		libraries.put("ch.qos.logback", "Logback");
		libraries.put("io.micrometer", "Micrometer");
		return libraries;
	}

	private static String type(RecordedFrame frame) {
		return frame.getMethod() == null ? "?" : frame.getMethod().getType().getName();
	}

	private static String name(RecordedFrame frame) {
		return frame.getMethod() == null ? "?" : type(frame) + "." + frame.getMethod().getName();
	}

	private static Map<String, Long> top(Map<String, Long> counts, int n) {
		Map<String, Long> top = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(n)
			.forEach(entry -> top.put(entry.getKey(), entry.getValue()));
		return top;
	}
}
