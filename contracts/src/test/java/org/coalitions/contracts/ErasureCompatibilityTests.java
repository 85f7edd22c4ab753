package org.coalitions.contracts;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PersonErased} carries the person's id and nothing else, and reads with fields added later. */
class ErasureCompatibilityTests {

	@Test
	void anErasureCarriesOnlyThePersonsId() {
		String json = EventJson.write(new PersonErased("u1"));

		assertThat(json).isEqualTo("{\"personId\":\"u1\"}");
		assertThat(EventCatalog.of(PersonErased.class).topic()).isEqualTo(Topics.PEOPLE_EVENTS);
		assertThat(new PersonErased("u1").key()).isEqualTo("u1");
	}

	@Test
	void anErasureWithAFieldAddedLaterStillReads() {
		PersonErased erased = EventJson.read("{\"personId\":\"u1\",\"reason\":\"asked\"}"
			.getBytes(StandardCharsets.UTF_8), PersonErased.class);

		assertThat(erased).isEqualTo(new PersonErased("u1"));
	}
}
