package org.coalitions.platform.apidocs;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Completes a service's OpenAPI document: the API's title, version and description; on every operation its
 * security (public when the service's security rules let an anonymous caller through, else a bearer JWT from the
 * realm) and the failures it may answer, each an RFC 9457 problem ({@code application/problem+json}, see
 * {@code ApiProblems}); and a 304 where an operation takes {@code If-None-Match}. Summaries are the controllers' own ({@code @Operation}).
 */
public class ApiContract implements OpenApiCustomizer {

	static final String BEARER = "bearer-jwt";

	static final String PROBLEM = "Problem";

	static final Authentication ANONYMOUS = new AnonymousAuthenticationToken("api-docs", "anonymous",
			AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

	/** Stands in for every path variable when the security rules are asked about a path. */
	private static final String SAMPLE_PATH_VALUE = "sample";

	private final ApiDocsProperties api;

	private final String issuerUri;

	private final BiPredicate<String, String> anonymousAllowed;

	/**
	 * @param anonymousAllowed whether an anonymous caller may send a request with this method to this path
	 */
	public ApiContract(ApiDocsProperties api, String issuerUri, BiPredicate<String, String> anonymousAllowed) {
		this.api = api;
		this.issuerUri = issuerUri;
		this.anonymousAllowed = anonymousAllowed;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.info(new Info().title(api.title()).version(api.version()).description(api.description()));
		Components components = openApi.getComponents() != null ? openApi.getComponents() : new Components();
		openApi.components(components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
			.scheme("bearer")
			.bearerFormat("JWT")
			.description("An access token issued by the Keycloak realm " + issuerUri + "."))
			.addSchemas(PROBLEM, problemSchema()));
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> complete(path, method, operation)));
		}
	}

	private void complete(String path, PathItem.HttpMethod method, Operation operation) {
		boolean open = anonymousAllowed.test(method.name(), path.replaceAll("\\{[^}]+}", SAMPLE_PATH_VALUE));
		// an empty list is "no security": public, and said so rather than left out
		operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));

		ApiResponses responses = operation.getResponses() != null ? operation.getResponses() : new ApiResponses();
		List<Parameter> parameters = operation.getParameters() != null ? operation.getParameters() : List.of();
		boolean writes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
		if (!parameters.isEmpty() || operation.getRequestBody() != null) {
			problem(responses, 400, "The request's body or parameters are missing or invalid (invalid fields under errors).");
		}
		if (!open) {
			problem(responses, 401, "No valid bearer token from the realm.");
			problem(responses, 403, "The caller may not do this (a role or a coalition right is missing).");
		}
		if (path.contains("{")) {
			problem(responses, 404, "Nothing with that id.");
		}
		if (writes) {
			problem(responses, 409, "Someone else changed it meanwhile, or it already exists.");
			problem(responses, 422, "The change breaks one of the domain's rules.");
		}
		if (operation.getRequestBody() != null) {
			problem(responses, 413, "The request body is too large.");
			if (operation.getRequestBody().getContent() != null
					&& operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
				problem(responses, 415, "The file's type, read from its content, is not one this operation takes.");
			}
		}
		if (parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-Match".equalsIgnoreCase(p.getName()))) {
			problem(responses, 428, "The If-Match header is required.");
		}
		if (parameters.stream().anyMatch(p -> "header".equals(p.getIn()) && "If-None-Match".equalsIgnoreCase(p.getName()))) {
			responses.putIfAbsent("304", new ApiResponse()
				.description("Not modified: If-None-Match names the current ETag; no body."));
		}
		problem(responses, 503, "The data store cannot be reached just now, or this service has not yet applied the events "
				+ "the answer needs (those Coalitions-Consistency names, or the one telling of what was asked for); try again "
				+ "after Retry-After seconds.");
		ApiResponses inStatusOrder = new ApiResponses();
		new TreeMap<>(responses).forEach(inStatusOrder::addApiResponse);
		operation.setResponses(inStatusOrder);
	}

	/** Adds a problem response unless the operation documents that status itself. */
	private static void problem(ApiResponses responses, int status, String description) {
		responses.putIfAbsent(String.valueOf(status), new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	/** RFC 9457's members, and the invalid fields ApiProblems lists under {@code errors}. */
	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.properties(Map.of("field", new StringSchema().description("The invalid field or parameter."),
				"message", new StringSchema().description("What is wrong with it.")));
		Schema<?> problem = new ObjectSchema().description("A problem (RFC 9457).")
			.addProperty("type", new StringSchema().format("uri").description("Identifies the kind of problem."))
			.addProperty("title", new StringSchema().description("A short summary of the kind of problem."))
			.addProperty("status", new IntegerSchema().description("The HTTP status code."))
			.addProperty("detail", new StringSchema().description("What went wrong this time."))
			.addProperty("instance", new StringSchema().format("uri").description("The request the problem is about."))
			.addProperty("errors", new ArraySchema().items(error).description("Invalid fields, on a 400."));
		return problem;
	}
}
