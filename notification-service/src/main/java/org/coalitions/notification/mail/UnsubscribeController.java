package org.coalitions.notification.mail;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Unsubscribe links, usable without sign-in. GET shows a page with a button and changes nothing (mail
 * scanners and link previews fetch links); POST unsubscribes: the page's button, and the one-click POST of
 * RFC 8058 that mail programs send for the {@code List-Unsubscribe-Post} header.
 */
@Controller
@RequestMapping("/api/unsubscribe")
class UnsubscribeController {

	private final Unsubscribes unsubscribes;

	UnsubscribeController(Unsubscribes unsubscribes) {
		this.unsubscribes = unsubscribes;
	}

	@GetMapping
	@Operation(summary = "The unsubscribe page for a signed link from a mail (no sign-in)")
	String confirm(@RequestParam String token, Model model) {
		UnsubscribeLinks.Target target = unsubscribes.check(token).orElseThrow(UnsubscribeController::invalid);
		model.addAttribute("token", token);
		model.addAttribute("digest", "DIGEST".equals(target.kind()));
		return "unsubscribe";
	}

	@PostMapping
	@Operation(summary = "Unsubscribe from digest mails with a signed link's token (no sign-in)")
	String unsubscribe(@RequestParam String token, Model model) {
		UnsubscribeLinks.Target target = unsubscribes.unsubscribe(token).orElseThrow(UnsubscribeController::invalid);
		model.addAttribute("digest", "DIGEST".equals(target.kind()));
		return "unsubscribed";
	}

	private static ResponseStatusException invalid() {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"This unsubscribe link is not valid: it may have been cut or changed. Use the link from the mail, "
						+ "or change your mail settings after signing in.");
	}
}
