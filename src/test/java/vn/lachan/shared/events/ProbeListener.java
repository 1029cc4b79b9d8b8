package vn.lachan.shared.events;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A listener of the tests' own event, {@link Probe}, in every test context: it fails the
 * first delivery of a probe marked with {@link #failOnce}. Its state is read through
 * methods, since the bean is proxied. No application code publishes a probe.
 */
@Component
public class ProbeListener {

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final List<String> failuresLeft = new CopyOnWriteArrayList<>();

	private final List<String> handled = new CopyOnWriteArrayList<>();

	@ApplicationModuleListener
	public void on(Probe probe) {
		this.calls.add(probe.marker());
		if (this.failuresLeft.remove(probe.marker())) {
			throw new IllegalStateException("the first delivery fails");
		}
		this.handled.add(probe.marker());
	}

	public void failOnce(String marker) {
		this.failuresLeft.add(marker);
	}

	public long calls(String marker) {
		return this.calls.stream().filter(marker::equals).count();
	}

	public long handled(String marker) {
		return this.handled.stream().filter(marker::equals).count();
	}

	/** The event. */
	public record Probe(String marker) {
	}

}
