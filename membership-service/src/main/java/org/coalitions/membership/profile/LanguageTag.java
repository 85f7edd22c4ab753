package org.coalitions.membership.profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.coalitions.contracts.Language;

/** The tag of one of the languages people may use here ({@link Language}: {@code ar}, {@code en}…). Null is valid. */
@Documented
@Constraint(validatedBy = LanguageTag.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface LanguageTag {

	String message() default "is not a language of the platform";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<LanguageTag, String> {

		private static final String TAGS = Arrays.stream(Language.values())
			.map(Language::tag)
			.collect(Collectors.joining(", "));

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || Arrays.stream(Language.values()).anyMatch(language -> language.tag().equals(value))) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("must be one of " + TAGS).addConstraintViolation();
			return false;
		}
	}
}
