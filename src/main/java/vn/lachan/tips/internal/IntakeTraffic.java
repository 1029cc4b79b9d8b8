package vn.lachan.tips.internal;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * How many public submissions are on their way in: counted by the web layer from the
 * moment a request arrives until its answer has gone. The intake writer lets a group grow
 * only while more submissions are in flight than are already waiting for a commit
 * ({@link TipIntakeWriter}), so that it never waits for tips that are not coming.
 */
@Component
public class IntakeTraffic {

	private final AtomicInteger inFlight = new AtomicInteger();

	/** A submission arrived. */
	public void arrived() {
		this.inFlight.incrementAndGet();
	}

	/** A submission has been answered. */
	public void left() {
		this.inFlight.decrementAndGet();
	}

	/** How many submissions are in flight now. */
	public int inFlight() {
		return this.inFlight.get();
	}

}
