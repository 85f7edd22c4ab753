package org.coalitions.platform.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.junit.jupiter.api.Test;

/** How the document is completed, with the security rules' answer given. */
class ApiContractTests {

	final List<String> asked = new ArrayList<>();

	final ApiContract contract = new ApiContract(new ApiDocsProperties("demo-service", "1.0.0", "For tests."),
			"http://keycloak/realms/coalitions", (method, path) -> {
				asked.add(method + " " + path);
				return method.equals("GET");
			});

	@Test
	void publicOperationsSayNoSecurityAndOthersTheBearerToken() {
		Operation read = new Operation().summary("Read");
		Operation write = new Operation().summary("Write").requestBody(new RequestBody());
		OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/things/{id}", new PathItem().get(read).put(write)));

		contract.customise(api);

		assertThat(asked).containsExactlyInAnyOrder("GET /api/things/sample", "PUT /api/things/sample");
		assertThat(read.getSecurity()).isEmpty();
		assertThat(write.getSecurity()).singleElement().satisfies(requirement -> assertThat(requirement)
			.containsOnlyKeys(ApiContract.BEARER));
		assertThat(api.getInfo().getTitle()).isEqualTo("demo-service");
		assertThat(api.getComponents().getSecuritySchemes().get(ApiContract.BEARER).getDescription())
			.contains("http://keycloak/realms/coalitions");
	}

	@Test
	void failuresFollowTheOperationsShapeAsProblemsInStatusOrder() {
		Operation read = new Operation().summary("Read");
		Operation write = new Operation().summary("Write")
			.addParametersItem(new PathParameter().name("id"))
			.addParametersItem(new HeaderParameter().name("If-Match"))
			.requestBody(new RequestBody());
		OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/things", new PathItem().get(read))
			.addPathItem("/api/things/{id}", new PathItem().put(write)));

		contract.customise(api);

		assertThat(read.getResponses()).containsOnlyKeys("503");
		assertThat(write.getResponses().keySet()).containsExactly("400", "401", "403", "404", "409", "413", "422",
				"428", "503");
		assertThat(write.getResponses().get("403").getContent().get("application/problem+json").getSchema().get$ref())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(api.getComponents().getSchemas().get(ApiContract.PROBLEM).getProperties()).containsOnlyKeys("type",
				"title", "status", "detail", "instance", "errors");
	}

	@Test
	void aReadTakingIfNoneMatchMayAnswerNotModifiedWithoutABody() {
		Operation conditional = new Operation().summary("Read")
			.addParametersItem(new HeaderParameter().name("If-None-Match"));
		Operation plain = new Operation().summary("Read");
		OpenAPI api = new OpenAPI().paths(new Paths().addPathItem("/api/things", new PathItem().get(conditional))
			.addPathItem("/api/others", new PathItem().get(plain)));

		contract.customise(api);

		assertThat(conditional.getResponses().keySet()).containsExactly("304", "400", "503");
		assertThat(conditional.getResponses().get("304").getContent()).isNull();
		assertThat(plain.getResponses()).doesNotContainKey("304");
	}
}
