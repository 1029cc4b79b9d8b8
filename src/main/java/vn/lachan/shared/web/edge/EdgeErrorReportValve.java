package vn.lachan.shared.web.edge;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import vn.lachan.shared.web.SecurityHeaders;

/**
 * Tomcat's error report for what Tomcat itself rejects (an unencoded {@code []{}} in a
 * path, an oversized header, …) before Spring is reached: a problem detail on
 * {@code /api/**}, the site's error page elsewhere, instead of Tomcat's HTML page.
 */
public class EdgeErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		boolean api = EdgeAnswers.isApi(request.getRequestURI());
		byte[] body = api ? EdgeAnswers.problem(status) : EdgeAnswers.page(status);
		try {
			response.setContentType(api ? "application/problem+json" : "text/html;charset=UTF-8");
			SecurityHeaders.write(response);
			response.setCharacterEncoding("UTF-8");
			response.setContentLength(body.length);
			response.getOutputStream().write(body);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone; nothing more to say
		}
	}

}
