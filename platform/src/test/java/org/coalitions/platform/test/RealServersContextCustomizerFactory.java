package org.coalitions.platform.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Reads {@link RealServers} and {@link RealImages} (registered in this test jar's
 * {@code META-INF/spring.factories}).
 */
class RealServersContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MergedAnnotations annotations = MergedAnnotations.from(testClass,
				MergedAnnotations.SearchStrategy.TYPE_HIERARCHY);
		MergedAnnotation<RealImages> images = annotations.get(RealImages.class);
		if (images.isPresent()) {
			return new RealImagesCustomizer(images.getString("value"));
		}
		MergedAnnotation<RealServers> servers = annotations.get(RealServers.class);
		if (!servers.isPresent() || servers.getString("value").isBlank()) {
			return null;
		}
		return new RealServersCustomizer(servers.getString("value"), declaringClass(testClass));
	}

	/** The class in the hierarchy that carries the annotation (directly or through a composed one). */
	private static Class<?> declaringClass(Class<?> testClass) {
		for (Class<?> type = testClass; type != null && type != Object.class; type = type.getSuperclass()) {
			if (MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.DIRECT).isPresent(RealServers.class)) {
				return type;
			}
		}
		return testClass;
	}

	/** Resolves what {@code registration} registers, once, into the context's first property source. */
	static void addFirst(ConfigurableApplicationContext context, String name,
			Consumer<DynamicPropertyRegistry> registration) {
		Map<String, Supplier<Object>> suppliers = new LinkedHashMap<>();
		registration.accept(suppliers::put);
		Map<String, Object> properties = new LinkedHashMap<>();
		suppliers.forEach((property, value) -> properties.put(property, value.get()));
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(name, properties));
	}

	private record RealServersCustomizer(String service, Class<?> declaringClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			// resolved here, once per context: each new context gets its own database and consumer group
			addFirst(context, "realServers(" + service + ")", registry -> TestInfra.register(registry, service));
		}
	}

	private record RealImagesCustomizer(String service) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			// the containers start here, when a context is made, so a class skipped without Docker starts none
			addFirst(context, "realImages(" + service + ")", registry -> TestInfra.register(registry, service,
					RealImageServers.kafkaBootstrapServers(), RealImageServers.mongoUri(service)));
		}
	}
}
