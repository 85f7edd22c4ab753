package org.coalitions.membership.roster;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param minStakeholderGroups how many distinct stakeholder groups a coalition's members must come from for the
 * multistakeholder rule to hold
 */
@ConfigurationProperties("coalitions.membership")
@Validated
public record MembershipProperties(@DefaultValue("3") @Min(1) @Max(6) int minStakeholderGroups) {

	BalanceRule balanceRule() {
		return new BalanceRule(minStakeholderGroups);
	}
}
