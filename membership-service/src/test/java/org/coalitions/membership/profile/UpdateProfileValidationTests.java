package org.coalitions.membership.profile;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateProfileValidationTests {

	static ValidatorFactory factory;

	static Validator validator;

	@BeforeAll
	static void validator() {
		factory = Validation.buildDefaultValidatorFactory();
		validator = factory.getValidator();
	}

	@AfterAll
	static void close() {
		factory.close();
	}

	@Test
	void aSensibleProfileIsValid() {
		assertThat(invalidFields(new UpdateProfile("Alice", "CIVIL_SOCIETY", "KE", "KICTANet", "Africa/Nairobi",
				"DAILY", true, true, null))).isEmpty();
		assertThat(invalidFields(new UpdateProfile("Alice", "CIVIL_SOCIETY", "ke", null, "UTC", null, false, false, null)))
			.isEmpty();
	}

	@Test
	void everyFieldIsCheckedAndNamed() {
		assertThat(invalidFields(new UpdateProfile(" ", "ALIENS", "XX", "o".repeat(201), "Mars/Olympus_Mons", "HOURLY",
				null, null, "de")))
			.containsExactlyInAnyOrder("displayName", "stakeholderGroup", "country", "organisation", "timeZone", "digest",
					"actionMails", "emailVisibleToCoordinators", "language");
		assertThat(invalidFields(new UpdateProfile("n".repeat(121), null, null, null, null, null, true, true, null)))
			.containsExactlyInAnyOrder("displayName", "stakeholderGroup", "country", "timeZone");
		assertThat(invalidFields(new UpdateProfile("A", "GOVERNMENT", "KEN", null, "+03:00", null, true, true, null)))
			.containsExactlyInAnyOrder("country", "timeZone");
	}

	@Test
	void anUnknownEnumValueSaysWhichAreAllowed() {
		Set<ConstraintViolation<UpdateProfile>> violations = validator
			.validate(new UpdateProfile("A", "ALIENS", "KE", null, "UTC", null, true, true, null));
		assertThat(violations).singleElement()
			.extracting(ConstraintViolation::getMessage)
			.asString()
			.contains("CIVIL_SOCIETY", "TECHNICAL_COMMUNITY");
	}

	private static Set<String> invalidFields(UpdateProfile update) {
		return validator.validate(update)
			.stream()
			.map(violation -> violation.getPropertyPath().toString())
			.collect(Collectors.toSet());
	}
}
