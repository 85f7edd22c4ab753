package org.coalitions.infra.deployment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code infra/docker-compose.yml}, read as YAML (no Docker engine runs here, so it is never started in the
 * tests): every part of the platform is in it, its images are the versions the local stack runs, its ports are
 * the stack's, Keycloak's outer and inner addresses are kept apart, and secrets come only from the environment.
 */
class ComposeFileTests {

	static final Path INFRA = Path.of(System.getProperty("user.dir"));

	static final Path REPO = INFRA.getParent();

	static final Set<String> APPLICATIONS = Set.of("coalition-service", "membership-service", "notification-service",
			"web");

	/** Each application's host port, by the stack's variable. */
	static final Map<String, String> PORTS = Map.of("coalition-service", "COALITION_PORT", "membership-service",
			"MEMBERSHIP_PORT", "notification-service", "NOTIFICATION_PORT", "web", "WEB_PORT");

	/** The secrets, which must have no default in the file. */
	static final Set<String> SECRETS = Set.of("UNSUBSCRIBE_SECRET", "KEYCLOAK_ADMIN_PASSWORD", "CALENDAR_SECRET",
			"INVITATION_SECRET", "ACCOUNTS_CLIENT_SECRET");

	static final String OUTER_ISSUER = "http://localhost:${KEYCLOAK_PORT}/realms/coalitions";

	final String text = read(INFRA.resolve("docker-compose.yml"));

	final Map<String, Object> compose = Kustomize.parseAll(text).get(0);

	final Map<String, String> defaults = defaults();

	@Test
	void runsThePlatformAndTheWebApp() {
		assertThat(services().keySet()).containsExactlyInAnyOrder("mongo", "kafka", "keycloak", "mail",
				"coalition-service", "membership-service", "notification-service", "web", "demo-data");
		services().forEach((name, service) -> dependsOn(service)
			.forEach(dependency -> assertThat(services()).as(name + " depends on " + dependency).containsKey(dependency)));
		assertThat(dependsOn(service("web"))).containsExactlyInAnyOrder("coalition-service", "membership-service",
				"notification-service");
		for (String application : APPLICATIONS) {
			Map<String, Object> build = Kustomize.map(service(application), "build");
			@SuppressWarnings("unchecked")
			Map<String, Object> args = (Map<String, Object>) build.get("args");
			assertThat(args.get("SERVICE")).as(application).isEqualTo(application);
			assertThat(build.get("dockerfile")).isEqualTo("infra/docker/service.Dockerfile");
			assertThat(Kustomize.map(service(application), "healthcheck").get("test").toString())
				.as(application + " is healthy when ready")
				.contains("/actuator/health/readiness");
		}
		// the web app's jar is not named after its folder: the one infra/stack runs
		Object webJar = Kustomize.map(Kustomize.map(service("web"), "build"), "args").get("JAR");
		assertThat(read(INFRA.resolve("stack"))).contains("WEB_JAR=\"$REPO_ROOT/" + webJar + "\"");
		assertThat(read(INFRA.resolve("docker/service.Dockerfile.dockerignore"))).contains("!web/target/coalitions-web.jar");
	}

	@Test
	void imagesAreTheVersionsTheLocalStackRuns() {
		// the stack's broker is the Kafka of the build (infra's kafka_2.13, the version Spring Boot manages)
		assertThat(image("kafka")).isEqualTo("apache/kafka:" + AppInfoParser.getVersion());
		assertThat(image("keycloak")).isEqualTo("quay.io/keycloak/keycloak:${KEYCLOAK_VERSION}");
		assertThat(image("mail")).isEqualTo("greenmail/standalone:${GREENMAIL_VERSION}");
		// the tests' Keycloak and GreenMail are those of the stack too
		String pom = read(REPO.resolve("pom.xml"));
		assertThat(pom).contains("<keycloak.version>" + defaults.get("KEYCLOAK_VERSION") + "</keycloak.version>")
			.contains("<greenmail.version>" + defaults.get("GREENMAIL_VERSION") + "</greenmail.version>");
		assertThat(read(INFRA.resolve("stack"))).as("infra/stack takes GreenMail's version from stack.defaults")
			.doesNotContainPattern("GREENMAIL_VERSION=[0-9]");
	}

	@Test
	void everyVariableIsAStackSettingOrASecretWithoutDefault() throws IOException {
		Set<String> settings = new TreeSet<>();
		Set<String> secrets = new TreeSet<>();
		Matcher reference = Pattern.compile("\\$\\{([A-Z_]+)([^}]*)}").matcher(text);
		while (reference.find()) {
			if (reference.group(2).isEmpty()) {
				settings.add(reference.group(1));
			}
			else {
				assertThat(reference.group(2)).as(reference.group()).startsWith(":?");
				secrets.add(reference.group(1));
			}
		}
		assertThat(defaults.keySet()).as("compose reads its settings from infra/.env = stack.defaults")
			.containsAll(settings);
		assertThat(INFRA.resolve(".env")).isSymbolicLink();
		assertThat(Files.readSymbolicLink(INFRA.resolve(".env")).toString()).isEqualTo("stack.defaults");
		assertThat(secrets).isEqualTo(SECRETS);
		assertThat(environment("keycloak").get("KC_BOOTSTRAP_ADMIN_PASSWORD")).startsWith("${KEYCLOAK_ADMIN_PASSWORD:?");
		assertThat(environment("notification-service").get("UNSUBSCRIBE_SECRET")).startsWith("${UNSUBSCRIBE_SECRET:?");
		assertThat(environment("coalition-service").get("CALENDAR_SECRET")).startsWith("${CALENDAR_SECRET:?");
		assertThat(environment("membership-service").get("INVITATION_SECRET")).startsWith("${INVITATION_SECRET:?");
		assertThat(environment("membership-service").get("ACCOUNTS_CLIENT_SECRET"))
			.startsWith("${ACCOUNTS_CLIENT_SECRET:?");
		assertThat(text).as("no development secret").doesNotContain("local-development-")
			.doesNotContainPattern("PASSWORD: *admin");
	}

	@Test
	void applicationsAreOnTheStacksPortsAndReadOnlySettingsTheyKnow() {
		for (String application : APPLICATIONS) {
			assertThat(String.valueOf(service(application).get("ports"))).isEqualTo(
					"[127.0.0.1:${" + PORTS.get(application) + "}:8080]");
			Set<String> known = knownVariables(application);
			for (String variable : environment(application).keySet()) {
				if (!variable.startsWith("SPRING_") && !variable.equals("JAVA_TOOL_OPTIONS")) {
					assertThat(known).as(application + " reads " + variable).contains(variable);
				}
			}
		}
	}

	@Test
	void keycloaksOuterAddressIsTheIssuerAndItsInnerOneServesKeysAndTokens() {
		List<String> command = stringList(service("keycloak").get("command"));
		assertThat(command).contains("--hostname=http://localhost:${KEYCLOAK_PORT}", "--http-port=8080");
		assertThat(String.valueOf(service("keycloak").get("ports"))).contains("${KEYCLOAK_PORT}:8080");
		String inner = "http://keycloak:8080/realms/coalitions";
		for (String application : List.of("coalition-service", "membership-service", "notification-service")) {
			Map<String, String> env = environment(application);
			String prefix = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_";
			assertThat(env.get(prefix + "ISSUER_URI")).as(application).isEqualTo(OUTER_ISSUER);
			assertThat(env.get(prefix + "JWK_SET_URI")).as(application)
				.isEqualTo(inner + "/protocol/openid-connect/certs");
			assertThat(env.get(prefix + "AUDIENCES")).as(application).isEqualTo("coalitions-api");
			assertThat(env.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:29092");
			assertThat(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS")).contains("INTERNAL://kafka:29092");
		}
		Map<String, String> web = environment("web");
		assertThat(web.get("KEYCLOAK_ISSUER_URI")).isEqualTo(OUTER_ISSUER);
		assertThat(web.get("KEYCLOAK_INTERNAL_URI")).isEqualTo(inner);
		for (String service : List.of("coalition-service", "membership-service", "notification-service")) {
			String variable = service.substring(0, service.indexOf('-')).toUpperCase() + "_SERVICE_URL";
			assertThat(web.get(variable)).isEqualTo("http://" + service + ":8080");
		}
	}

	// --- reading ----------------------------------------------------------------------------------------

	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Object>> services() {
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	private Map<String, Object> service(String name) {
		assertThat(services()).containsKey(name);
		return services().get(name);
	}

	private String image(String service) {
		return (String) service(service).get("image");
	}

	private Map<String, String> environment(String service) {
		Map<String, String> env = new LinkedHashMap<>();
		Kustomize.map(service(service), "environment").forEach((name, value) -> env.put(name, String.valueOf(value)));
		return env;
	}

	@SuppressWarnings("unchecked")
	private static List<String> dependsOn(Map<String, Object> service) {
		Object dependsOn = service.get("depends_on");
		if (dependsOn == null) {
			return List.of();
		}
		return dependsOn instanceof Map<?, ?> map ? new ArrayList<>((Set<String>) map.keySet()) : (List<String>) dependsOn;
	}

	@SuppressWarnings("unchecked")
	private static List<String> stringList(Object value) {
		return (List<String>) value;
	}

	/** The variables an application's configuration reads ({@code ${NAME...}}), its own and the platform's. */
	private static Set<String> knownVariables(String application) {
		String configuration = read(REPO.resolve(application + "/src/main/resources/application.yml"));
		if (!application.equals("web")) {
			configuration += read(REPO.resolve("platform/src/main/resources/coalitions-platform.yml"));
		}
		Set<String> variables = new TreeSet<>();
		Matcher reference = Pattern.compile("\\$\\{([A-Z_]+)").matcher(configuration);
		while (reference.find()) {
			variables.add(reference.group(1));
		}
		return variables;
	}

	private static Map<String, String> defaults() {
		Map<String, String> defaults = new LinkedHashMap<>();
		for (String line : read(INFRA.resolve("stack.defaults")).lines().toList()) {
			if (line.matches("[A-Z_][A-Z0-9_]*=.*")) {
				defaults.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
			}
		}
		return defaults;
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
