package org.coalitions.notification.activity;

import org.coalitions.platform.test.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.coalitions.platform.test.Callers.person;
import static org.coalitions.platform.test.Callers.secretariat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The live activity stream is the secretariat's too, and says at once that it is connected. */
@ApiSlice(ActivityStreamController.class)
@EnableConfigurationProperties(ActivityStreamProperties.class)
class ActivityStreamControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ActivityFigures figures;

	@MockitoBean
	ActivityChanges changes;

	@Test
	void onlyTheSecretariatMayListen() throws Exception {
		mvc.perform(get("/api/activity/stream")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/activity/stream").with(person("alice"))).andExpect(status().isForbidden());
	}

	@Test
	void theStreamOpensWithAConnectedComment() throws Exception {
		mvc.perform(get("/api/activity/stream").with(secretariat("sam")))
			.andExpect(request().asyncStarted())
			.andExpect(content().contentTypeCompatibleWith("text/event-stream"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(":connected")));
	}
}
