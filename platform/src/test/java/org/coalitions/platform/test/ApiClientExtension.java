package org.coalitions.platform.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Sets every {@link ApiClient} field of a test instance (declared or inherited) to a client of the service the
 * test's Spring context runs on its random port. The context comes from Spring's cache, so this adds none.
 */
public class ApiClientExtension implements TestInstancePostProcessor {

	@Override
	public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
		Integer port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port", Integer.class);
		for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (field.getType() == ApiClient.class && !Modifier.isStatic(field.getModifiers())) {
					field.setAccessible(true);
					field.set(testInstance, ApiClient.onLocalPort(port));
				}
			}
		}
	}
}
