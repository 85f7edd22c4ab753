package org.coalitions.membership.invitation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param secret the key that signs invitation links (at least 32 characters; set your own outside development:
 * changing it ends every invitation link given out)
 */
@Validated
@ConfigurationProperties("coalitions.membership.invitations")
record InvitationProperties(@NotNull @Size(min = 32) String secret) {
}
