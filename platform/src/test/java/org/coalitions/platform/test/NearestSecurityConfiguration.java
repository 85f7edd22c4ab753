package org.coalitions.platform.test;

import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.util.ClassUtils;

/**
 * Imports the service's {@code SecurityConfiguration} into a slice: the nearest class of that name in the test's
 * package or above it, found as Boot finds the nearest {@code @SpringBootConfiguration}. By name, because each
 * service keeps its security configuration package-private.
 */
class NearestSecurityConfiguration implements ImportSelector, BeanClassLoaderAware {

	private ClassLoader classLoader;

	@Override
	public void setBeanClassLoader(ClassLoader classLoader) {
		this.classLoader = classLoader;
	}

	@Override
	public String[] selectImports(AnnotationMetadata test) {
		for (String pkg = ClassUtils.getPackageName(test.getClassName()); !pkg.isEmpty();
				pkg = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "") {
			String candidate = pkg + ".SecurityConfiguration";
			if (ClassUtils.isPresent(candidate, classLoader)) {
				return new String[] { candidate };
			}
		}
		throw new IllegalStateException("No SecurityConfiguration in the package of " + test.getClassName()
				+ " or above it");
	}
}
