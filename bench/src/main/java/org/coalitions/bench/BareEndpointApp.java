package org.coalitions.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The baseline of the API benchmark: the same kind of app as the services (Spring Boot, Spring MVC, embedded
 * Tomcat, the same heap) answering {@code GET /bare} with the bytes of a real coalition list response, captured
 * at the start of the run. What the services take beyond this is their own work: security, queries, mapping.
 * (The platform library is on the classpath for its events only; its auto-configuration, which wires
 * security, Kafka and Mongo, is left out.) Started as its own JVM by {@link ApiBenchmark} with {@code --bench.body=FILE --server.port=PORT}.
 */
@SpringBootApplication(excludeName = "org.coalitions.platform.PlatformAutoConfiguration")
public class BareEndpointApp {

	public static void main(String[] args) {
		SpringApplication.run(BareEndpointApp.class, args);
	}

	@RestController
	static class BareController {

		private final byte[] body;

		BareController(org.springframework.core.env.Environment environment) throws IOException {
			this.body = Files.readAllBytes(Path.of(environment.getRequiredProperty("bench.body")));
		}

		@GetMapping(path = "/bare", produces = MediaType.APPLICATION_JSON_VALUE)
		byte[] bare() {
			return body;
		}
	}
}
