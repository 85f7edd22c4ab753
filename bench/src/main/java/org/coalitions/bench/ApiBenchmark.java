package org.coalitions.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Throughput and latency of the coalition list (coalition-service) and of joining and leaving an open coalition
 * (membership-service), each against the bare endpoint ({@link BareEndpointApp}) returning the list's bytes,
 * measured in the same run at the same concurrencies. RSS of every component is sampled meanwhile (footprint
 * under load).
 */
final class ApiBenchmark {

	static final List<Integer> CONCURRENCY = List.of(1, 4, 16);

	static final Duration WARM_UP = Duration.ofSeconds(4);

	static final Duration MEASURED = Duration.ofSeconds(10);

	static final String LIST = "/api/coalitions?size=20";

	/** Everything the run measured. */
	record Result(int listBytes, List<ClosedLoad.Result> bare, List<ClosedLoad.Result> list,
			List<ClosedLoad.Result> commands, Map<String, Double> rssUnderLoadMb, double bareIdleRssMb) {
	}

	public static void main(String[] args) throws Exception {
		Stack stack = Stack.fromEnvironment();
		Http http = new Http();
		String listUrl = stack.url("COALITION", LIST);
		byte[] listBody = http.send(Http.request(listUrl, null).GET().build()).body();
		Path bodyFile = stack.results().resolve("coalition-list.json");
		Files.createDirectories(bodyFile.getParent());
		Files.write(bodyFile, listBody);
		int barePort = freePort();
		Process bare = startBare(stack, bodyFile, barePort, stack.dir().resolve("logs/bench-bare.log"));
		try {
			String bareUrl = "http://127.0.0.1:" + barePort + "/bare";
			awaitUp(http, bareUrl);
			double bareIdle = Footprint.rssMb(bare.pid());
			JoinPairs pairs = JoinPairs.find(stack, http);
			List<ClosedLoad.Result> bareResults = new ArrayList<>();
			List<ClosedLoad.Result> listResults = new ArrayList<>();
			List<ClosedLoad.Result> commands = new ArrayList<>();
			Map<String, Double> rss = Footprint.sampleWhile(stack, () -> {
				for (int concurrency : CONCURRENCY) {
					// alternate baseline and service at each step, so drifting load hits both alike
					bareResults.addAll(get(http, "bare GET /bare", bareUrl, concurrency));
					listResults.addAll(get(http, "GET " + LIST, listUrl, concurrency));
				}
				for (int concurrency : List.of(1, pairs.size())) {
					commands.addAll(ClosedLoad.run("join and leave", concurrency, WARM_UP, MEASURED,
							worker -> pairs.worker(http, worker)));
				}
			});
			Json.write(stack.results().resolve("api.json"),
					new Result(listBody.length, bareResults, listResults, commands, rss, bareIdle));
		}
		finally {
			bare.destroy();
			bare.waitFor(20, TimeUnit.SECONDS);
		}
	}

	private static List<ClosedLoad.Result> get(Http http, String name, String url, int concurrency) {
		HttpRequest request = Http.request(url, null).GET().build();
		return ClosedLoad.run(name, concurrency, WARM_UP, MEASURED, worker -> () -> new ClosedLoad.Outcome(name, http.send(request).statusCode()));
	}

	/**
	 * The bare app with the services' JVM options, heap and malloc arenas ({@code infra/stack}: its options file,
	 * -Xms32m -Xmx384m, MALLOC_ARENA_MAX=2), without their class-data archive (its start-up is not measured).
	 */
	private static Process startBare(Stack stack, Path body, int port, Path log) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		String options = "@" + stack.repo().resolve("infra/service-jvm.args").toAbsolutePath();
		ProcessBuilder builder = new ProcessBuilder(java, options, "-Xms32m", "-Xmx384m", "-cp",
				System.getProperty("java.class.path"), BareEndpointApp.class.getName(),
				"--bench.body=" + body.toAbsolutePath(), "--server.port=" + port, "--server.address=127.0.0.1");
		builder.environment().put("MALLOC_ARENA_MAX", "2");
		return builder.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	private static void awaitUp(Http http, String url) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			try {
				HttpResponse<byte[]> response = http.send(Http.request(url, null).GET().build());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IllegalStateException notYet) {
				// not listening yet
			}
			ClosedLoad.sleep(Duration.ofMillis(500));
		}
		throw new IllegalStateException("the bare endpoint did not start; see its log");
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
