package org.coalitions.coalition.coordination;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An IANA time zone id known to this JVM. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTimeZone.Validator.class)
@interface ValidTimeZone {

	String message() default "must be an IANA time zone such as Europe/Zurich";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ValidTimeZone, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || ZoneId.getAvailableZoneIds().contains(value);
		}
	}
}
