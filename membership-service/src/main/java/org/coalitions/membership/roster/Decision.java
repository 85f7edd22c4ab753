package org.coalitions.membership.roster;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A coordinator's answer to a join request, with a message to the requester: optional for an approval, required
 * for a rejection (moderated joining stops spam, but a person turned away is told why).
 */
@Decision.ReasonForRejection
record Decision(@NotNull Boolean approve, @Size(max = 1000) String message) {

	/** A rejection carries a message that is not blank; reported under {@code message}, the field to fill in. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = ReasonForRejection.Validator.class)
	@interface ReasonForRejection {

		String message() default "must give the requester a reason when rejecting";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

		class Validator implements ConstraintValidator<ReasonForRejection, Decision> {

			@Override
			public boolean isValid(Decision decision, ConstraintValidatorContext context) {
				if (decision == null || !Boolean.FALSE.equals(decision.approve())
						|| (decision.message() != null && !decision.message().isBlank())) {
					return true;
				}
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("message")
					.addConstraintViolation();
				return false;
			}
		}
	}
}
