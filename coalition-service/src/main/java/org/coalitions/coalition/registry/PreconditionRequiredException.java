package org.coalitions.coalition.registry;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An edit without If-Match could silently overwrite someone else's: 428. */
@ResponseStatus(value = HttpStatus.PRECONDITION_REQUIRED, reason = "Send If-Match with the charter version you edited")
class PreconditionRequiredException extends RuntimeException {
}
