package org.coalitions.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.coalitions.platform.messaging.EventSubscription;
import org.springframework.kafka.annotation.KafkaListener;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service keeps: features (top-level packages) do not depend on each other in cycles, and
 * only web adapters ({@code *Controller}, {@code *Advice}) touch Spring Web, and no service class touches Kafka
 * but a {@code *Configuration}: a consumer is one {@link EventSubscription} method on the owner of its handlers
 * (which names the listener id and consumer group explicitly), never a bare {@code @KafkaListener}.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	public static void verify(String basePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
		slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(classes);
		noClasses().that()
			.haveSimpleNameNotEndingWith("Controller")
			.and()
			.haveSimpleNameNotEndingWith("Advice")
			.and()
			.haveSimpleNameNotEndingWith("Configuration")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
			.allowEmptyShould(true)
			.check(classes);
		noClasses().that()
			.haveSimpleNameNotEndingWith("Configuration")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.apache.kafka..", "org.springframework.kafka..")
			.allowEmptyShould(true)
			.check(classes);
		noMethods().should()
			.beAnnotatedWith(KafkaListener.class)
			.because("a consumer is one @EventSubscription method")
			.allowEmptyShould(true)
			.check(classes);
	}
}
