package org.coalitions.membership.profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A region-based time zone id the JDK knows, e.g. Africa/Nairobi or UTC; null is valid. */
@Documented
@Constraint(validatedBy = ZoneName.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface ZoneName {

	String message() default "must be a time zone id such as Africa/Nairobi or UTC";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ZoneName, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || TimeZones.isZone(value);
		}
	}
}
