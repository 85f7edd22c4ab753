package org.coalitions.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import com.mongodb.MongoException;
import org.coalitions.contracts.Language;
import org.coalitions.platform.domain.ForbiddenException;
import org.coalitions.platform.domain.NotFoundException;
import org.coalitions.platform.domain.NotKnownYetException;
import org.coalitions.platform.messaging.ConsumerPositions;
import org.coalitions.platform.domain.RuleViolationException;
import org.coalitions.platform.domain.UnavailableException;
import org.coalitions.platform.domain.UnsupportedContentException;
import org.coalitions.platform.persistence.StoreFailures;
import org.coalitions.platform.texts.ProblemTexts;
import org.coalitions.platform.texts.Texts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures into RFC 9457 problem responses ({@code application/problem+json}); invalid fields are listed
 * under {@code errors}. Titles, and the details written here, are in the best language of the request's
 * {@code Accept-Language} ({@code texts/problems*.properties}); a detail that is a domain exception's message stays
 * as the domain wrote it.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Texts TEXTS = ProblemTexts.TEXTS;

	/** When a client may try again after the store was unreachable: a restarting store is back in seconds. */
	static final int STORE_RETRY_AFTER_SECONDS = 5;

	/** When a client may ask again for something this service has not read yet: events arrive in milliseconds. */
	static final int NOT_KNOWN_YET_RETRY_AFTER_SECONDS = 1;

	private final ObjectProvider<ConsumerPositions> consumed;

	public ApiProblems(ObjectProvider<ConsumerPositions> consumed) {
		this.consumed = consumed;
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return localised(HttpStatus.NOT_FOUND, "problem.not-found", ex.getMessage());
	}

	/**
	 * Not found here, but this service learns of such things from a topic: a 404 only once it has caught up on that
	 * topic and still does not find it; while it is behind, or the broker cannot say, a 503 to try again (the thing
	 * may exist in an event not applied yet). A service without consumers cannot be behind.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> notKnownYet(NotKnownYetException ex) {
		ConsumerPositions positions = consumed.getIfAvailable();
		boolean caughtUp = positions == null || positions.caughtUp(ex.topic()).orElse(false);
		// looked up again after the catching up: the first lookup may have come just before the thing was applied
		if (caughtUp && !ex.knownNow()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound(ex));
		}
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(NOT_KNOWN_YET_RETRY_AFTER_SECONDS))
			.body(localised(HttpStatus.SERVICE_UNAVAILABLE, "problem.not-known-yet", ex.getMessage()
					+ " yet: this service has not read every event of " + ex.topic() + ". Try again in a moment."));
	}

	/** Constraints checked by method validation on a {@code @Validated} controller. */
	@ExceptionHandler
	ProblemDetail constraintViolated(ConstraintViolationException ex) {
		return invalid("problem.invalid.parameters", ex.getConstraintViolations().stream().map(violation -> {
			String path = violation.getPropertyPath().toString();
			return error(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
		}).toList());
	}

	@ExceptionHandler
	ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
		return localised(HttpStatus.PRECONDITION_REQUIRED, "problem.precondition-required", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail forbidden(ForbiddenException ex) {
		return localised(HttpStatus.FORBIDDEN, "problem.forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail ruleViolated(RuleViolationException ex) {
		return ex.isConflict() ? localised(HttpStatus.CONFLICT, "problem.conflict", ex.getMessage())
				: localised(HttpStatus.UNPROCESSABLE_CONTENT, "problem.rule-violated", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return localised(HttpStatus.CONFLICT, "problem.changed-meanwhile");
	}

	@ExceptionHandler
	ProblemDetail duplicate(DuplicateKeyException ex) {
		return localised(HttpStatus.CONFLICT, "problem.already-exists");
	}

	/**
	 * A store that cannot be reached is a 503 the client may retry, not a 500. The driver's message names hosts and
	 * addresses, so it goes to the log, not into the body. Other store failures stay what they are: rethrowing the
	 * handled exception hands it back to Spring's default handling.
	 */
	@ExceptionHandler({ DataAccessException.class, MongoException.class })
	ResponseEntity<ProblemDetail> storeFailed(RuntimeException ex) {
		if (!StoreFailures.unreachable(ex)) {
			throw ex;
		}
		logger.warn("Answered 503, the store is unreachable: " + ex);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(STORE_RETRY_AFTER_SECONDS))
			.body(localised(HttpStatus.SERVICE_UNAVAILABLE, "problem.store-unavailable"));
	}

	/** Another system the command needs is unreachable and nothing was done: try again later. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(UnavailableException ex) {
		logger.warn("Answered 503, " + ex.getMessage() + ": " + ex.getCause());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(localised(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", ex.getMessage()));
	}

	@ExceptionHandler
	ProblemDetail unsupportedContent(UnsupportedContentException ex) {
		return localised(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.unsupported-file", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return localised(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large", ex.getMessage());
	}

	/**
	 * A body that is not JSON, or JSON of the wrong shape or types: 400. A chunked body cut off by {@link
	 * RequestSizeLimit} arrives here too, wrapped by the JSON parser, and is a 413.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return handleExceptionInternal(ex, tooLarge(tooLarge), headers, HttpStatus.CONTENT_TOO_LARGE, request);
			}
		}
		return handleExceptionInternal(ex, localised(HttpStatus.BAD_REQUEST, "problem.unreadable"), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	/** A file over the multipart limits ({@code spring.servlet.multipart.*}), found while the upload is read. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String limit = ex.getMaxUploadSize() > 0 ? "the " + ex.getMaxUploadSize() + " bytes" : "the size";
		return handleExceptionInternal(ex, localised(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large",
				"The file is larger than " + limit + " this service accepts."), headers, HttpStatus.CONTENT_TOO_LARGE,
				request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = invalid("problem.invalid.fields", ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(field -> error(field.getField(), field.getDefaultMessage()))
			.toList());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** Constraints on path and query parameters: the parameter's name is the field. */
	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = invalid("problem.invalid.parameters", ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> error(String.valueOf(result.getMethodParameter().getParameterName()),
						error.getDefaultMessage())))
			.toList());
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	/** A 400 listing each invalid field or parameter under {@code errors}. */
	private static ProblemDetail invalid(String detailKey, List<Map<String, Object>> errors) {
		Language language = requestLanguage();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, TEXTS.get(language, "problem.invalid.title"),
				TEXTS.get(language, detailKey));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, Object> error(String field, String message) {
		return Map.of("field", field, "message", message == null ? "is invalid" : message);
	}

	/**
	 * A problem titled in the request's language; the detail is the caller's (a domain exception's message, in
	 * English), or null for the text of {@code <key>.detail}.
	 */
	static ProblemDetail localised(HttpStatus status, String key, String detail) {
		Language language = requestLanguage();
		return problem(status, TEXTS.get(language, key + ".title"),
				detail != null ? detail : TEXTS.get(language, key + ".detail"));
	}

	static ProblemDetail localised(HttpStatus status, String key) {
		return localised(status, key, null);
	}

	/** The best of the six languages the request's {@code Accept-Language} asks for, else English. */
	static Language requestLanguage() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
				? Language.bestFor(servlet.getRequest().getHeader(HttpHeaders.ACCEPT_LANGUAGE)) : Language.EN;
	}

	public static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
