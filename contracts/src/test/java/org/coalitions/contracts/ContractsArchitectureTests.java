package org.coalitions.contracts;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The contracts are the services' published language: the JDK and the event JSON's mapper, nothing else. */
class ContractsArchitectureTests {

	private final JavaClasses contracts = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.coalitions.contracts");

	@Test
	void theContractsDependOnNothingButTheJdkAndJackson() {
		classes().should()
			.onlyDependOnClassesThat()
			.resideInAnyPackage("java..", "org.coalitions.contracts..", "tools.jackson..")
			.check(contracts);
	}
}
