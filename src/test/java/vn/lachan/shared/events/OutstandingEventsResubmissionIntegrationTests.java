package vn.lachan.shared.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose listener failed stays outstanding; the job hands it to the listener
 * again once it is older than the threshold, and not before, and then the publication is
 * gone. The listener, {@link ProbeListener}, is a component of every test context, so
 * that this test shares the suite's context.
 */
@SpringBootTest
class OutstandingEventsResubmissionIntegrationTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	OutstandingEventsResubmission resubmission;

	@Autowired
	ProbeListener listener;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedListenerIsRetriedOnceTheEventIsOldEnoughAndOnlyThen() {
		String marker = "resubmission-" + System.nanoTime();
		this.listener.failOnce(marker);
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(new ProbeListener.Probe(marker)));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.listener.calls(marker) == 1);
		await().atMost(Duration.ofSeconds(20)).until(() -> outstanding(marker) == 1);

		this.resubmission.resubmit(Duration.ofHours(1), (publication) -> probe(publication, marker));
		assertThat(this.listener.calls(marker)).isEqualTo(1);
		assertThat(outstanding(marker)).isEqualTo(1);

		this.resubmission.resubmit(Duration.ZERO, (publication) -> probe(publication, marker));
		await().atMost(Duration.ofSeconds(20)).until(() -> outstanding(marker) == 0);
		assertThat(this.listener.calls(marker)).isEqualTo(2);
		assertThat(this.listener.handled(marker)).isEqualTo(1);
	}

	// only this test's probe: other publications of the shared database are left alone
	private static boolean probe(EventPublication publication, String marker) {
		return publication.getEvent() instanceof ProbeListener.Probe probe && probe.marker().equals(marker);
	}

	private long outstanding(String marker) {
		return this.jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :marker")
			.param("marker", "%" + marker + "%")
			.query(Long.class)
			.single();
	}

}
