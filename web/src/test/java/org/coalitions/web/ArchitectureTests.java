package org.coalitions.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The front door's features stay apart: the proxy asks the session for tokens, nothing asks the proxy, and the
 * texts stand alone. (The services' rule that only controllers touch Spring Web cannot hold here: forwarding HTTP
 * is this module's whole job.)
 */
class ArchitectureTests {

	final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.coalitions.web");

	@Test
	void featuresHaveNoCycles() {
		slices().matching("org.coalitions.web.(*)..").should().beFreeOfCycles().check(classes);
	}

	@Test
	void onlyTheProxyUsesTheSessionsTokensAndNobodyUsesTheProxy() {
		noClasses().that()
			.resideOutsideOfPackage("org.coalitions.web.proxy..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.coalitions.web.proxy..")
			.check(classes);
		noClasses().that()
			.resideInAPackage("org.coalitions.web.i18n..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.coalitions.web.proxy..", "org.coalitions.web.session..")
			.check(classes);
	}
}
