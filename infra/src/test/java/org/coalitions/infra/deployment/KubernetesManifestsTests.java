package org.coalitions.infra.deployment;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code infra/k8s}, rendered as {@code kubectl kustomize} would (by kubectl itself where it is installed,
 * compared with {@link Kustomize}'s rendering) and read strictly with fabric8's Kubernetes model: a field the
 * model does not know, or a value of the wrong type, fails here instead of in a cluster. Then what the manifests
 * promise: probes, resources to match the heap, replicas, configuration from a ConfigMap and Secret that exist,
 * one consistent image tag, Services and an Ingress that reach their pods.
 */
class KubernetesManifestsTests {

	static final Path K8S = Path.of(System.getProperty("user.dir")).resolve("k8s");

	static final Path BASE = K8S.resolve("base");

	static final Path PRODUCTION = K8S.resolve("overlays/production");

	/** The Deployments: the three services and the web app. */
	static final Set<String> APPLICATIONS = Set.of("coalition-service", "membership-service", "notification-service",
			"web");

	/** Beyond the heap: metaspace, code cache, thread stacks, direct buffers. */
	static final long NON_HEAP_BYTES = 256L * 1024 * 1024;

	static final String SECRET = "coalitions-secrets";

	final KubernetesSerialization serialization = new KubernetesSerialization();

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void rendersAsKubectlDoesAndEveryDocumentIsReadStrictly(String folder) {
		List<Map<String, Object>> rendered = Kustomize.render(K8S.resolve(folder));
		List<Map<String, Object>> byKubectl = Kustomize.renderWithKubectl(K8S.resolve(folder));
		if (byKubectl != null) {
			assertThat(byKey(rendered)).as("this test's rendering, against kubectl kustomize")
				.isEqualTo(byKey(byKubectl));
		}
		assertThat(read(rendered)).extracting(resource -> resource.getKind() + "/" + resource.getMetadata().getName())
			.containsExactlyInAnyOrder("ConfigMap/coalitions-config", "Deployment/coalition-service",
					"Service/coalition-service", "Deployment/membership-service", "Service/membership-service",
					"Deployment/notification-service", "Service/notification-service", "Deployment/web",
					"Service/web", "Ingress/web");
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void everyDeploymentHasProbesResourcesForItsHeapAndAtLeastTwoReplicas(String folder) {
		List<Deployment> deployments = of(read(Kustomize.render(K8S.resolve(folder))), Deployment.class);
		assertThat(deployments).extracting(deployment -> deployment.getMetadata().getName())
			.containsExactlyInAnyOrderElementsOf(APPLICATIONS);
		for (Deployment deployment : deployments) {
			String name = deployment.getMetadata().getName();
			assertThat(deployment.getSpec().getReplicas()).as(name + " replicas").isGreaterThanOrEqualTo(2);
			assertThat(deployment.getSpec().getSelector().getMatchLabels()).as(name + " selector")
				.isEqualTo(Map.of("app.kubernetes.io/name", name));
			assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels()).as(name + " pods' labels")
				.containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
			Container container = single(deployment);
			assertThat(container.getPorts()).as(name + " port")
				.anySatisfy(port -> assertThat(port.getName()).isEqualTo("http"));
			assertProbe(name, container.getReadinessProbe(), "/actuator/health/readiness");
			assertProbe(name, container.getLivenessProbe(), "/actuator/health/liveness");

			Quantity request = container.getResources().getRequests().get("memory");
			Quantity limit = container.getResources().getLimits().get("memory");
			assertThat(request).as(name + " memory request").isNotNull();
			assertThat(limit).as(name + " memory limit: the same as the request, so it is never taken back")
				.isEqualTo(request);
			assertThat(container.getResources().getRequests().get("cpu")).as(name + " cpu request").isNotNull();
			long heap = heapBytes(name, env(container).get("JAVA_TOOL_OPTIONS").getValue());
			assertThat(limit.getNumericalAmount().longValueExact()).as(name + " memory limit against its heap")
				.isGreaterThanOrEqualTo(heap + NON_HEAP_BYTES);
		}
	}

	@Test
	void productionRunsMoreReplicasInItsNamespaceOnOneReleasedImageTag() {
		List<HasMetadata> resources = read(Kustomize.render(PRODUCTION));
		assertThat(resources).allSatisfy(resource -> assertThat(resource.getMetadata().getNamespace())
			.as(resource.getKind() + "/" + resource.getMetadata().getName())
			.isEqualTo("coalitions"));
		List<Deployment> deployments = of(resources, Deployment.class);
		Map<String, Integer> replicas = deployments.stream()
			.collect(Collectors.toMap(deployment -> deployment.getMetadata().getName(),
					deployment -> deployment.getSpec().getReplicas()));
		assertThat(replicas).isEqualTo(Map.of("coalition-service", 3, "membership-service", 3,
				"notification-service", 3, "web", 2));

		Set<String> registries = new TreeSet<>();
		Set<String> tags = new TreeSet<>();
		for (Deployment deployment : deployments) {
			String image = single(deployment).getImage();
			Matcher parts = Pattern.compile("(.+)/" + deployment.getMetadata().getName() + ":([^:/]+)").matcher(image);
			assertThat(parts.matches()).as(image + ": <registry>/<deployment's name>:<tag>").isTrue();
			registries.add(parts.group(1));
			tags.add(parts.group(2));
		}
		assertThat(registries).as("one registry for all").hasSize(1);
		assertThat(tags).as("one release of all, never 'latest'").hasSize(1).doesNotContain("latest");
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void configurationComesFromTheConfigMapAndTheDocumentedSecret(String folder) throws IOException {
		// (and a service's pod name, which names its Kafka consumers)
		List<HasMetadata> resources = read(Kustomize.render(K8S.resolve(folder)));
		ConfigMap config = of(resources, ConfigMap.class).get(0);
		Set<String> secretKeys = documentedSecretKeys();
		Set<String> secretKeysUsed = new TreeSet<>();
		for (Deployment deployment : of(resources, Deployment.class)) {
			for (EnvVar variable : single(deployment).getEnv()) {
				String where = deployment.getMetadata().getName() + " " + variable.getName();
				if (variable.getValueFrom() == null) {
					assertThat(variable.getValue()).as(where).isNotBlank();
				}
				else if (variable.getValueFrom().getFieldRef() != null) {
					assertThat(variable.getValueFrom().getFieldRef().getFieldPath()).as(where).isEqualTo("metadata.name");
				}
				else if (variable.getValueFrom().getConfigMapKeyRef() != null) {
					var reference = variable.getValueFrom().getConfigMapKeyRef();
					assertThat(reference.getName()).as(where).isEqualTo(config.getMetadata().getName());
					assertThat(config.getData()).as(where).containsKey(reference.getKey());
				}
				else {
					var reference = variable.getValueFrom().getSecretKeyRef();
					assertThat(reference).as(where + ": from the ConfigMap or the Secret").isNotNull();
					assertThat(reference.getName()).as(where).isEqualTo(SECRET);
					assertThat(secretKeys).as(where + ": a key infra/README.md says to put in " + SECRET)
						.contains(reference.getKey());
					secretKeysUsed.add(reference.getKey());
				}
			}
		}
		assertThat(secretKeysUsed).as("every key of the documented Secret is used").isEqualTo(secretKeys);
		assertThat(secretKeysUsed).contains("MONGODB_URI", "UNSUBSCRIBE_SECRET");
	}

	@ParameterizedTest
	@ValueSource(strings = { "base", "overlays/production" })
	void servicesAndTheIngressReachThePods(String folder) {
		List<HasMetadata> resources = read(Kustomize.render(K8S.resolve(folder)));
		Map<String, Deployment> deployments = of(resources, Deployment.class).stream()
			.collect(Collectors.toMap(deployment -> deployment.getMetadata().getName(), Function.identity()));
		Map<String, Service> services = of(resources, Service.class).stream()
			.collect(Collectors.toMap(service -> service.getMetadata().getName(), Function.identity()));
		assertThat(services.keySet()).isEqualTo(deployments.keySet());
		services.forEach((name, service) -> {
			Deployment deployment = deployments.get(name);
			assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
				.containsAllEntriesOf(service.getSpec().getSelector());
			assertThat(service.getSpec().getPorts()).allSatisfy(port -> assertThat(single(deployment).getPorts())
				.anySatisfy(containerPort -> assertThat(containerPort.getName())
					.isEqualTo(port.getTargetPort().getStrVal())));
		});
		// the web app reaches each service through its Service
		Map<String, EnvVar> web = env(single(deployments.get("web")));
		for (String service : List.of("coalition-service", "membership-service", "notification-service")) {
			String variable = service.substring(0, service.indexOf('-')).toUpperCase() + "_SERVICE_URL";
			assertThat(web.get(variable).getValue()).isEqualTo("http://" + service + ":"
					+ services.get(service).getSpec().getPorts().get(0).getPort());
		}
		Ingress ingress = of(resources, Ingress.class).get(0);
		assertThat(ingress.getSpec().getRules()).isNotEmpty()
			.allSatisfy(rule -> assertThat(rule.getHttp().getPaths()).allSatisfy(path -> {
				var backend = path.getBackend().getService();
				assertThat(backend.getName()).isEqualTo("web");
				assertThat(services.get("web").getSpec().getPorts())
					.anySatisfy(port -> assertThat(port.getName()).isEqualTo(backend.getPort().getName()));
			}));
	}

	@Test
	void theServicesCheckTokensAgainstTheOuterIssuerWithKeysFromTheInnerAddressAndTheAudience() {
		List<HasMetadata> resources = read(Kustomize.render(PRODUCTION));
		Map<String, String> config = of(resources, ConfigMap.class).get(0).getData();
		assertThat(config.get("KEYCLOAK_ISSUER_URI")).startsWith("https://");
		assertThat(config.get("KEYCLOAK_JWK_SET_URI")).startsWith(config.get("KEYCLOAK_INTERNAL_URI"));
		for (Deployment deployment : of(resources, Deployment.class)) {
			Map<String, EnvVar> env = env(single(deployment));
			if (deployment.getMetadata().getName().equals("web")) {
				assertThat(env.get("KEYCLOAK_INTERNAL_URI").getValueFrom().getConfigMapKeyRef().getKey())
					.isEqualTo("KEYCLOAK_INTERNAL_URI");
				assertThat(env.get("SESSION_COOKIE_SECURE").getValue()).isEqualTo("true");
				continue;
			}
			String prefix = "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_";
			assertThat(env.get(prefix + "ISSUER_URI").getValueFrom().getConfigMapKeyRef().getKey())
				.isEqualTo("KEYCLOAK_ISSUER_URI");
			assertThat(env.get(prefix + "JWK_SET_URI").getValueFrom().getConfigMapKeyRef().getKey())
				.isEqualTo("KEYCLOAK_JWK_SET_URI");
			assertThat(env.get(prefix + "AUDIENCES").getValue()).isEqualTo("coalitions-api");
		}
	}

	// --- reading ----------------------------------------------------------------------------------------

	/** Each document as fabric8's model class of its kind, with nothing the model did not know. */
	private List<HasMetadata> read(List<Map<String, Object>> documents) {
		List<HasMetadata> resources = new ArrayList<>();
		for (Map<String, Object> document : documents) {
			Object resource = serialization.unmarshal(Kustomize.yaml().dump(document));
			assertThat(resource).as(Kustomize.key(document)).isInstanceOf(HasMetadata.class)
				.isNotInstanceOf(io.fabric8.kubernetes.api.model.GenericKubernetesResource.class);
			List<String> unknown = new ArrayList<>();
			collectUnknownFields(resource, Kustomize.key(document), unknown, new IdentityHashMap<>());
			assertThat(unknown).as("fields the Kubernetes model does not know").isEmpty();
			resources.add((HasMetadata) resource);
		}
		return resources;
	}

	/**
	 * fabric8 keeps what it does not know (a misspelt field, a value of the wrong type) in each object's
	 * additional properties instead of failing: strictness is finding none anywhere.
	 */
	private static void collectUnknownFields(Object value, String path, List<String> unknown,
			Map<Object, Boolean> seen) {
		if (value == null || seen.put(value, true) != null) {
			return;
		}
		if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				collectUnknownFields(item, path + "[" + i++ + "]", unknown, seen);
			}
			return;
		}
		if (value instanceof Map<?, ?> entries) {
			entries.forEach((key, item) -> collectUnknownFields(item, path + "." + key, unknown, seen));
			return;
		}
		if (!value.getClass().getName().startsWith("io.fabric8.")) {
			return;
		}
		for (Method getter : value.getClass().getMethods()) {
			if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
					|| getter.getName().equals("getClass")) {
				continue;
			}
			Object property;
			try {
				property = getter.invoke(value);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(getter.toString(), ex);
			}
			if (getter.getName().equals("getAdditionalProperties")) {
				if (property instanceof Map<?, ?> extra && !extra.isEmpty()) {
					unknown.add(path + ": " + extra.keySet());
				}
			}
			else {
				collectUnknownFields(property, path + "." + getter.getName().substring(3), unknown, seen);
			}
		}
	}

	private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> documents) {
		Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
		documents.forEach(document -> byKey.put(Kustomize.key(document), document));
		assertThat(byKey).as("kind and name identify each document").hasSameSizeAs(documents);
		return byKey;
	}

	private static <T> List<T> of(List<HasMetadata> resources, Class<T> kind) {
		return resources.stream().filter(kind::isInstance).map(kind::cast).toList();
	}

	private static Container single(Deployment deployment) {
		List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
		assertThat(containers).as(deployment.getMetadata().getName() + " containers").hasSize(1);
		return containers.get(0);
	}

	private static Map<String, EnvVar> env(Container container) {
		Map<String, EnvVar> env = new LinkedHashMap<>();
		container.getEnv().forEach(variable -> env.put(variable.getName(), variable));
		assertThat(env).as("each variable once").hasSameSizeAs(container.getEnv());
		return env;
	}

	private static void assertProbe(String deployment, Probe probe, String path) {
		assertThat(probe).as(deployment + " " + path).isNotNull();
		assertThat(probe.getHttpGet().getPath()).as(deployment).isEqualTo(path);
		assertThat(probe.getHttpGet().getPort().getStrVal()).as(deployment).isEqualTo("http");
	}

	/** The heap a JVM gets from {@code -Xmx<n>m|g}, which every Deployment must set. */
	private static long heapBytes(String deployment, String javaOptions) {
		Matcher xmx = Pattern.compile("-Xmx(\\d+)([mg])").matcher(javaOptions == null ? "" : javaOptions);
		assertThat(xmx.find()).as(deployment + ": a fixed heap in JAVA_TOOL_OPTIONS, " + javaOptions).isTrue();
		return Long.parseLong(xmx.group(1)) * 1024 * 1024 * (xmx.group(2).equals("g") ? 1024 : 1);
	}

	/** The Secret's keys, as infra/README.md's {@code kubectl create secret} command lists them. */
	private static Set<String> documentedSecretKeys() throws IOException {
		String readme = Files.readString(K8S.resolveSibling("README.md"));
		int command = readme.indexOf("create secret generic " + SECRET);
		assertThat(command).as("infra/README.md shows how to create " + SECRET).isNotNegative();
		String block = readme.substring(command, readme.indexOf("```", command));
		Set<String> keys = new TreeSet<>();
		Matcher literal = Pattern.compile("--from-literal=([A-Z_]+)=").matcher(block);
		while (literal.find()) {
			keys.add(literal.group(1));
		}
		return keys;
	}
}
