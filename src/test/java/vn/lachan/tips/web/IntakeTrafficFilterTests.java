package vn.lachan.tips.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import vn.lachan.tips.internal.IntakeTraffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The filter counts a posted submission while it is in flight, also when it fails, and
 * leaves other requests alone.
 */
class IntakeTrafficFilterTests {

	private final IntakeTraffic traffic = new IntakeTraffic();

	private final IntakeTrafficFilter filter = new IntakeTrafficFilter(this.traffic);

	private final List<Integer> seen = new ArrayList<>();

	@Test
	void countsAPostWhileItIsInFlight() throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("POST", "/api/v1/public/tips"), new MockHttpServletResponse(),
				(request, response) -> this.seen.add(this.traffic.inFlight()));

		assertThat(this.seen).containsExactly(1);
		assertThat(this.traffic.inFlight()).isZero();
	}

	@Test
	void leavesOtherMethodsUncounted() throws Exception {
		this.filter.doFilter(new MockHttpServletRequest("GET", "/report"), new MockHttpServletResponse(),
				(request, response) -> this.seen.add(this.traffic.inFlight()));

		assertThat(this.seen).containsExactly(0);
	}

	@Test
	void countsAFailedPostOut() {
		assertThatIOException().isThrownBy(() -> this.filter.doFilter(new MockHttpServletRequest("POST", "/report"),
				new MockHttpServletResponse(), (request, response) -> {
					throw new IOException("connection reset");
				}));

		assertThat(this.traffic.inFlight()).isZero();
	}

}
