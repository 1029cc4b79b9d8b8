package vn.lachan.tips.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import vn.lachan.tips.internal.IntakeTraffic;

/**
 * Counts the public submissions in flight ({@link IntakeTraffic}): registered first of
 * all filters, on the paths where the public posts tips.
 */
class IntakeTrafficFilter implements Filter {

	/** Where the public posts new tips: the API, the report forms and Open311. */
	static final String[] PATHS = { "/api/v1/public/tips", "/report", "/p/*", "/open311/v2/requests.json",
			"/open311/v2/requests.xml" };

	private final IntakeTraffic traffic;

	IntakeTrafficFilter(IntakeTraffic traffic) {
		this.traffic = traffic;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!(request instanceof HttpServletRequest http) || !"POST".equals(http.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		this.traffic.arrived();
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.traffic.left();
		}
	}

}
