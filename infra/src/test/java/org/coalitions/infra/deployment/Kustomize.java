package org.coalitions.infra.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The part of kustomize that {@code infra/k8s} uses, so its manifests render where no kubectl is installed:
 * {@code resources} (files and folders), {@code patches} (strategic merge of a whole resource, found by kind and
 * name: maps merged, lists replaced, which is what strategic merge does for the lists patched here),
 * {@code namespace}, {@code images} and {@code replicas}. Anything else in a kustomization fails the rendering,
 * so a manifest that starts using more of kustomize says so instead of rendering wrongly.
 */
final class Kustomize {

	private static final List<String> KNOWN = List.of("apiVersion", "kind", "resources", "patches", "namespace",
			"images", "replicas");

	private Kustomize() {
	}

	static List<Map<String, Object>> render(Path folder) {
		Map<String, Object> kustomization = readOne(folder.resolve("kustomization.yaml"));
		for (String key : kustomization.keySet()) {
			if (!KNOWN.contains(key)) {
				throw new IllegalStateException(folder + ": kustomize feature '" + key + "' is not rendered here");
			}
		}
		List<Map<String, Object>> resources = new ArrayList<>();
		for (String resource : strings(kustomization.get("resources"))) {
			Path path = folder.resolve(resource).normalize();
			resources.addAll(Files.isDirectory(path) ? render(path) : readAll(path));
		}
		for (Map<String, Object> patch : maps(kustomization.get("patches"))) {
			Map<String, Object> change = readOne(folder.resolve((String) patch.get("path")));
			Map<String, Object> target = resources.stream()
				.filter(resource -> sameObject(resource, change))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("patch " + patch + " matches no resource"));
			merge(target, change);
		}
		String namespace = (String) kustomization.get("namespace");
		if (namespace != null) {
			resources.forEach(resource -> map(resource, "metadata").put("namespace", namespace));
		}
		for (Map<String, Object> image : maps(kustomization.get("images"))) {
			resources.forEach(resource -> containers(resource).forEach(container -> {
				String current = (String) container.get("image");
				String name = current.contains(":") ? current.substring(0, current.lastIndexOf(':')) : current;
				if (name.equals(image.get("name"))) {
					container.put("image", Objects.requireNonNullElse((String) image.get("newName"), name) + ":"
							+ image.get("newTag"));
				}
			}));
		}
		for (Map<String, Object> replicas : maps(kustomization.get("replicas"))) {
			Map<String, Object> target = resources.stream()
				.filter(resource -> "Deployment".equals(resource.get("kind"))
						&& replicas.get("name").equals(map(resource, "metadata").get("name")))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("replicas " + replicas + " match no Deployment"));
			map(target, "spec").put("replicas", replicas.get("count"));
		}
		return resources;
	}

	/** What {@code kubectl kustomize} makes of the folder, or null when kubectl is not installed. */
	static List<Map<String, Object>> renderWithKubectl(Path folder) {
		if (!onPath("kubectl")) {
			return null;
		}
		try {
			Process process = new ProcessBuilder("kubectl", "kustomize", folder.toString()).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("kubectl kustomize " + folder + " failed: " + output);
			}
			return parseAll(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String key(Map<String, Object> resource) {
		return resource.get("kind") + "/" + map(resource, "metadata").get("name");
	}

	/** The containers of a Deployment's pods (none for other kinds). */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> containers(Map<String, Object> resource) {
		if (!"Deployment".equals(resource.get("kind"))) {
			return List.of();
		}
		Map<String, Object> pod = map(map(map(resource, "spec"), "template"), "spec");
		return (List<Map<String, Object>>) pod.get("containers");
	}

	static List<Map<String, Object>> readAll(Path file) {
		try {
			return parseAll(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> parseAll(String yaml) {
		List<Map<String, Object>> documents = new ArrayList<>();
		for (Object document : yaml().loadAll(yaml)) {
			if (document != null) {
				documents.add((Map<String, Object>) document);
			}
		}
		return documents;
	}

	static Yaml yaml() {
		return new Yaml(new SafeConstructor(new LoaderOptions()));
	}

	private static Map<String, Object> readOne(Path file) {
		List<Map<String, Object>> documents = readAll(file);
		if (documents.size() != 1) {
			throw new IllegalStateException(file + " holds " + documents.size() + " documents, not one");
		}
		return documents.get(0);
	}

	private static boolean sameObject(Map<String, Object> a, Map<String, Object> b) {
		return key(a).equals(key(b));
	}

	@SuppressWarnings("unchecked")
	private static void merge(Map<String, Object> target, Map<String, Object> patch) {
		patch.forEach((name, value) -> {
			if (value instanceof Map<?, ?> inner && target.get(name) instanceof Map<?, ?> existing) {
				merge((Map<String, Object>) existing, (Map<String, Object>) inner);
			}
			else {
				target.put(name, value);
			}
		});
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> parent, String name) {
		return (Map<String, Object>) parent.computeIfAbsent(name, key -> new LinkedHashMap<>());
	}

	@SuppressWarnings("unchecked")
	private static List<String> strings(Object list) {
		return list == null ? List.of() : (List<String>) list;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object list) {
		return list == null ? List.of() : (List<Map<String, Object>>) list;
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String folder : path.split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(folder, command))) {
				return true;
			}
		}
		return false;
	}
}
