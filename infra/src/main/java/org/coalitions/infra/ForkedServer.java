package org.coalitions.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One of the {@code *Main} servers running in a child JVM on this JVM's class path, so a test can stop it
 * hard and start it again on the same port and data. Output goes to a log file; readiness is the main's
 * {@code READY} line. The child is killed when this JVM exits.
 */
public class ForkedServer implements AutoCloseable {

	private final String name;

	private final Class<?> main;

	private final List<String> arguments;

	private final String readyLine;

	private final Path log;

	private Process process;

	ForkedServer(String name, Class<?> main, List<String> arguments, String readyLine, Path log) {
		this.name = name;
		this.main = main;
		this.arguments = List.copyOf(arguments);
		this.readyLine = readyLine;
		this.log = log;
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop, name + "-cleanup"));
	}

	public synchronized void start(Duration timeout) {
		if (process != null && process.isAlive()) {
			return;
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.add("-XX:+UseSerialGC");
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(main.getName());
		command.addAll(arguments);
		try {
			Files.createDirectories(log.getParent());
			long offset = Files.exists(log) ? Files.size(log) : 0;
			process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			Process started = process;
			Ports.await(name + " (log: " + log + ")", timeout, () -> {
				if (!started.isAlive()) {
					throw new IllegalStateException(name + " exited with " + started.exitValue() + "; log: " + log);
				}
				return logContainsAfter(offset);
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean logContainsAfter(long offset) {
		try {
			byte[] bytes = Files.readAllBytes(log);
			return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
					java.nio.charset.StandardCharsets.UTF_8)
				.contains(readyLine);
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Kills the server at once, as a crash or a pulled cable would. */
	public synchronized void kill() {
		if (process != null) {
			process.destroyForcibly();
			waitFor();
		}
	}

	/** Stops the server gracefully (SIGTERM), waiting for it to exit. */
	public synchronized void stop() {
		if (process != null && process.isAlive()) {
			process.destroy();
			waitFor();
		}
	}

	private void waitFor() {
		try {
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public boolean isRunning() {
		return process != null && process.isAlive();
	}

	@Override
	public void close() {
		stop();
	}
}
