package org.coalitions.notification.privacy;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.coalitions.contracts.JoinRequested;
import org.coalitions.contracts.PersonErased;
import org.coalitions.contracts.ThreadStarted;
import org.coalitions.infra.Ports;
import org.coalitions.notification.NotificationIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PersonErased}, notification-service's part, against the real broker, store and mail server: a coordinator
 * who was mailed, wrote in a thread and was named in another's join request is erased; their record, the mails to
 * them and every mention of their name or address go, the other member's data stays.
 */
class ErasureIntegrationTests extends NotificationIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void theRecordTheMailsAndEveryMentionOfTheErasedPersonGo() {
		String carla = person("carla", "Africa/Nairobi", null, true);
		String mia = person("mia", "Europe/Paris", null, true);
		String carlasName = "Name of " + carla;
		String x = coalition(START, "Coalition on Forgetting", carla, mia);
		events.publish(new JoinRequested(x, "req-" + x, unique("rita"), "Rita", "GOVERNMENT", "BR",
				"Please, " + carlasName + ", let me in."), "rita");
		events.publish(new ThreadStarted(x, "thread-" + x, "Retention by " + carlasName, carla, carlasName, List.of()),
				carla);
		awaitMails(address(carla), 1);
		Ports.await("the thread in the journal", WAIT, () -> everything().contains("Retention by " + carlasName));

		events.publish(new PersonErased(carla), carla);

		Ports.await("nothing naming carla", WAIT,
				() -> !everything().contains(carlasName) && !everything().contains(address(carla)));
		assertThat(mongo.getDb().getCollection("people").countDocuments(new Document("_id", carla))).isZero();
		assertThat(mongo.getDb().getCollection("mail_queue").countDocuments(new Document("toPersonId", carla))).isZero();
		assertThat(everything()).as("the thread stays, by a former member").contains("Retention by a former member")
			.as("the other member stays")
			.contains("Name of " + mia, address(mia));
	}

	private String everything() {
		List<String> all = new ArrayList<>();
		for (String collection : mongo.getDb().listCollectionNames()) {
			mongo.getDb().getCollection(collection).find().forEach((Document document) -> all.add(document.toJson()));
		}
		return String.join("\n", all);
	}
}
