package org.coalitions.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The machinery's own boundaries: its packages (messaging, outbox, security, web, domain) form no cycle, the
 * domain exceptions know nothing of HTTP, and nothing but the web package, the auto-configuration and a feature's
 * {@code *Controller} touches Spring Web.
 */
class PlatformArchitectureTests {

	private final JavaClasses platform = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.coalitions.platform");

	@Test
	void packagesAreFreeOfCycles() {
		slices().matching("org.coalitions.platform.(*)..").should().beFreeOfCycles().check(platform);
	}

	@Test
	void domainExceptionsKnowNothingOfHttpOrSpring() {
		noClasses().that()
			.resideInAPackage("org.coalitions.platform.domain..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta.servlet..")
			.check(platform);
	}

	@Test
	void onlyTheWebPackageTheAutoConfigurationAndControllersTouchSpringWeb() {
		noClasses().that()
			.resideOutsideOfPackages("org.coalitions.platform.web..", "org.coalitions.platform.security..")
			.and()
			.doNotHaveSimpleName("PlatformAutoConfiguration")
			.and()
			.haveSimpleNameNotEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
			.check(platform);
	}
}
