package vn.lachan.shared.idempotency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.lachan.shared.idempotency.IdempotencyKeys.Entry;
import vn.lachan.shared.web.Problems;

import vn.lachan.shared.crypto.Hashes;

/**
 * The {@code Idempotency-Key} header (IETF httpapi idempotency-key draft) on every
 * {@code POST /api/**}, whatever the module, and on the Open311 {@code POST
 * /open311/v2/requests.*}. It runs after Spring Security, so the caller is known: the
 * signed-in account (session or API token), or, for anonymous callers, the key alone
 * (never their address).
 * <ul>
 * <li>The key is claimed (an insert under a unique constraint) before the request runs,
 * with a fingerprint of method, path, query and body.</li>
 * <li>A {@code 201 Created} answer is stored (status, content type, Location, body) and
 * every repeat with the same key and body gets it back, with
 * {@code Idempotent-Replayed: true}. Any other answer (errors, or a POST that creates
 * nothing) releases the key, so a corrected retry runs.</li>
 * <li>The same key with another request answers 422; a repeat while the first is still
 * running answers 409 with {@code Retry-After: 1} and creates nothing; the retry after it
 * gets the stored answer.</li>
 * </ul>
 * Keys expire after 24 hours ({@link IdempotencyCleanup}).
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	private final IdempotencyKeys keys;

	private final Problems problems;

	IdempotencyFilter(IdempotencyKeys keys, Problems problems) {
		this.keys = keys;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !covered(request) || request.getHeader(HEADER) == null;
	}

	/** {@code /api/**} and the Open311 GeoReport v2 POST ({@code /open311/**}). */
	static boolean covered(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return Problems.isApiRequest(request) || path.startsWith("/open311/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request.getHeader(HEADER));
		if (key == null) {
			this.problems.write(request, response,
					this.problems.problem(request, HttpStatus.BAD_REQUEST, "idempotency-key-invalid"));
			return;
		}
		String caller = caller();
		HttpServletRequest readable = request;
		byte[] body;
		if (isMultipart(request)) {
			body = parts(request);
		}
		else if (isForm(request)) {
			// read as parameters, so that the servlet container still parses them for the
			// handler (a form body read as a stream is gone for getParameter)
			body = parameters(request);
		}
		else {
			body = request.getInputStream().readAllBytes();
			readable = new CachedBodyRequest(request, body);
		}
		String fingerprint = fingerprint(request, body);
		if (!this.keys.claim(caller, key, fingerprint)) {
			Optional<Entry> known = this.keys.find(caller, key);
			if (known.isPresent() || !this.keys.claim(caller, key, fingerprint)) {
				answerKnown(request, response, known.orElse(null), fingerprint);
				return;
			}
		}
		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		try {
			chain.doFilter(readable, recorded);
			if (recorded.getStatus() == HttpStatus.CREATED.value()) {
				this.keys.complete(caller, key, recorded.getStatus(), recorded.getContentType(),
						recorded.getHeader(HttpHeaders.LOCATION),
						new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
				stored = true;
			}
		}
		finally {
			if (!stored) {
				this.keys.release(caller, key);
			}
		}
		recorded.copyBodyToResponse();
	}

	private void answerKnown(HttpServletRequest request, HttpServletResponse response, Entry known, String fingerprint)
			throws IOException {
		if (known != null && !known.fingerprint().equals(fingerprint)) {
			this.problems.write(request, response,
					this.problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused"));
		}
		else if (known == null || !known.completed()) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "1");
			this.problems.write(request, response,
					this.problems.problem(request, HttpStatus.CONFLICT, "idempotency-in-progress"));
		}
		else {
			response.setStatus(known.status());
			if (known.contentType() != null) {
				response.setContentType(known.contentType());
			}
			if (known.location() != null) {
				response.setHeader(HttpHeaders.LOCATION, known.location());
			}
			response.setHeader(REPLAYED_HEADER, "true");
			byte[] bytes = known.body().getBytes(StandardCharsets.UTF_8);
			response.setContentLength(bytes.length);
			response.getOutputStream().write(bytes);
		}
	}

	/**
	 * The key as sent, or as a structured-field string ({@code "…"}); {@code null} if it
	 * is empty, longer than 255 characters or not printable ASCII.
	 */
	static String key(String header) {
		String key = header.strip();
		if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
			key = key.substring(1, key.length() - 1);
		}
		if (key.isEmpty() || key.length() > 255) {
			return null;
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x20 || c > 0x7e) {
				return null;
			}
		}
		return key;
	}

	private static String caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return "anonymous";
		}
		return "account:" + authentication.getName();
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.toLowerCase().startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	/** A form body (with the query's parameters) as its parameters, sorted by name. */
	private static byte[] parameters(HttpServletRequest request) {
		StringBuilder out = new StringBuilder();
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				out.append(name).append('\u0000').append(value).append('\u0000');
			}
		});
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * A multipart body as its parts (names, file names, bytes), read without consuming
	 * it.
	 */
	private static byte[] parts(HttpServletRequest request) throws IOException, ServletException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Part part : request.getParts()) {
			out.write((part.getName() + "\u0000" + part.getSubmittedFileName() + "\u0000")
				.getBytes(StandardCharsets.UTF_8));
			try (InputStream in = part.getInputStream()) {
				in.transferTo(out);
			}
		}
		return out.toByteArray();
	}

	private static String fingerprint(HttpServletRequest request, byte[] body) {
		MessageDigest digest = Hashes.sha256();
		String target = request.getMethod() + " " + request.getRequestURI()
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "") + "\n";
		digest.update(target.getBytes(StandardCharsets.UTF_8));
		digest.update(body);
		return HexFormat.of().formatHex(digest.digest());
	}

	/** The request with its body read once and served again from memory. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String encoding = (getCharacterEncoding() != null) ? getCharacterEncoding() : "UTF-8";
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

	}

}
