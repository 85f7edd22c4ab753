package org.coalitions.platform.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Reads {@link RealServers} (registered in this test jar's {@code META-INF/spring.factories}). */
class RealServersContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MergedAnnotation<RealServers> servers = MergedAnnotations
			.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.get(RealServers.class);
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

	private record RealServersCustomizer(String service, Class<?> declaringClass) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			// resolved here, once per context: each new context gets its own database and consumer group
			Map<String, Supplier<Object>> suppliers = new LinkedHashMap<>();
			TestInfra.register(suppliers::put, service);
			Map<String, Object> properties = new LinkedHashMap<>();
			suppliers.forEach((name, value) -> properties.put(name, value.get()));
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("realServers(" + service + ")", properties));
		}
	}
}
