package org.coalitions.platform.persistence;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's time-outs replace the driver's defaults and those of the connection string. */
class StoreConfigurationTests {

	@Test
	void findingAndConnectingToTheStoreWaitAtMostTheTimeoutAndReadsAsLongAsSet() {
		MongoClientSettings.Builder builder = MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(
					"mongodb://127.0.0.1:27017/test?serverSelectionTimeoutMS=30000&connectTimeoutMS=10000"));

		new StoreConfiguration().storeTimeouts(new StoreProperties(Duration.ofMillis(800), Duration.ZERO, true))
			.customize(builder);

		MongoClientSettings settings = builder.build();
		assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(800);
		assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(800);
		assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS))
			.as("no read limit: slow bulk writes and large reads are not an absent store")
			.isZero();
	}
}
