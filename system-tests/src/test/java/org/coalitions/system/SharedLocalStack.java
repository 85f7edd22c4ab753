package org.coalitions.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One local stack per test run, shared by every system-test class: starting it takes a minute or more on a
 * small machine, so it is started when the first class asks for it (as a constructor or method parameter of
 * type {@link LocalStack}) and stopped with {@code infra/stack down} when the whole run ends (JUnit closes the
 * root store, which closes what it holds). A start that failed is not tried again by the next class: it fails
 * at once with the same cause.
 *
 * <pre>
 * &#64;ExtendWith(SharedLocalStack.class)
 * class SomethingSystemTests {
 *     SomethingSystemTests(LocalStack stack) { ... }
 * }
 * </pre>
 */
public final class SharedLocalStack implements ParameterResolver {

	/**
	 * The {@link org.junit.jupiter.api.Order} of the classes that change the shared stack for good (the fault suite,
	 * {@code LAST - 1}; the scale-out test, {@code LAST}; before them the erasure, {@code LAST - 2}, after which a
	 * replay differs from the live projections): classes are run in that order
	 * ({@code junit-platform.properties}), every other class before them.
	 */
	static final int LAST = Integer.MAX_VALUE;

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedLocalStack.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == LocalStack.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return stack(context);
	}

	/** The run's stack, started by the first caller. */
	static LocalStack stack(ExtensionContext context) {
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(Started.class, key -> Started.start(), Started.class)
			.stack();
	}

	/** Stops and removes what runs that have ended left in {@code target/} (a stack of their own included). */
	static void tidyEndedRuns() {
		Started.removeFoldersOfEndedRuns();
	}

	/** The started stack, or why it did not start; closing it stops the stack. */
	private record Started(LocalStack running, RuntimeException failure) implements AutoCloseable {

		/**
		 * A run's stack folder or its commands log, named by the pid of the JVM that ran it.
		 */
		private static final Pattern OF_A_RUN = Pattern.compile("stack-(\\d+)(-commands\\.log)?");

		/**
		 * In a folder of this JVM's own ({@code target/stack-<pid>}): two runs of the system tests at once (two
		 * people on one machine) would otherwise reset and stop each other's stack. Folders of runs that have
		 * ended are removed first.
		 */
		static Started start() {
			tidyEndedRuns();
			LocalStack stack = new LocalStack(Path.of("target", "stack-" + ProcessHandle.current().pid()));
			try {
				stack.up();
				return new Started(stack, null);
			}
			catch (RuntimeException ex) {
				// stop whatever did start; the next class gets this failure without a second long wait
				stack.down();
				return new Started(null, ex);
			}
		}

		static void removeFoldersOfEndedRuns() {
			try (Stream<Path> entries = Files.list(Path.of("target"))) {
				entries.forEach(entry -> {
					Matcher run = OF_A_RUN.matcher(entry.getFileName().toString());
					if (run.matches() && ProcessHandle.of(Long.parseLong(run.group(1))).isEmpty()) {
						if (run.group(2) == null) {
							// a run that ended without stopping its stack (killed) may have left servers running
							LocalStack.downAt(entry);
						}
						delete(entry);
					}
				});
			}
			catch (IOException ex) {
				// nothing to tidy yet
			}
		}

		private static void delete(Path folder) {
			try (Stream<Path> files = Files.walk(folder)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
			catch (IOException | UncheckedIOException ex) {
				// left for the next run
			}
		}

		LocalStack stack() {
			if (failure != null) {
				throw new IllegalStateException("the local stack did not start", failure);
			}
			return running;
		}

		@Override
		public void close() {
			if (running != null) {
				running.down();
			}
		}
	}
}
