package org.coalitions.platform.test;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/** Reads {@link RealImages} (registered in this test jar's {@code META-INF/spring.factories}). */
class RealImagesContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		MergedAnnotation<RealImages> images = MergedAnnotations
			.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
			.get(RealImages.class);
		return images.isPresent() ? new RealImagesCustomizer(images.getString("value")) : null;
	}

	private record RealImagesCustomizer(String service) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			// the containers start here, when a context is made, so a class skipped without Docker starts none
			RealServersContextCustomizerFactory.addFirst(context, "realImages(" + service + ")",
					registry -> TestInfra.register(registry, service, RealImageServers.kafkaBootstrapServers(),
							RealImageServers.mongoUri(service)));
		}
	}
}
