package org.coalitions.membership.profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The name of one of an enum's constants. Request bodies take such values as strings checked with this,
 * rather than as enums, so that a wrong value is reported under its field name like any other invalid field
 * (an unreadable enum fails the whole body instead). Null is valid.
 */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

	Class<? extends Enum<?>> value();

	String message() default "is not an allowed value";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<OneOf, String> {

		private String[] names;

		@Override
		public void initialize(OneOf annotation) {
			names = Arrays.stream(annotation.value().getEnumConstants()).map(Enum::name).toArray(String[]::new);
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null || Arrays.asList(names).contains(value)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("must be one of " + String.join(", ", names))
				.addConstraintViolation();
			return false;
		}
	}
}
