package vn.lachan.shared.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.bind.annotation.PostMapping;

import vn.lachan.shared.web.Problems;

/**
 * The shared {@code Idempotency-Key} handling: one filter for every module's API and the
 * Open311 POST (GeoReport v2 has no such header, so Open311 clients may send it or not),
 * and the header documented on every creating POST of the OpenAPI document (a POST that
 * documents a {@code 201} response).
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

	static final String DESCRIPTION = "A key unique to this submission (e.g. a UUID), at most 255 printable ASCII "
			+ "characters. A repeat with the same key and body within 24 hours is not run again: it answers "
			+ "the first 201 answer (status, body, Location; header Idempotent-Replayed: true). The same key "
			+ "with another body answers 422; a repeat while the first is still running answers 409 with "
			+ "Retry-After. Error answers are not kept, so a corrected retry may reuse the key. Keys are per "
			+ "account; anonymous callers share one space, so use random keys.";

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, Problems problems) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(keys, problems));
		registration.addUrlPatterns("/api/*", "/open311/*");
		// after Spring Security (whose chain runs at -100), so that the caller is known
		registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
		return registration;
	}

	@Bean
	OperationCustomizer idempotencyKeyHeader() {
		return (operation, handler) -> {
			if (handler.hasMethodAnnotation(PostMapping.class)
					&& (operation.getParameters() == null || operation.getParameters()
						.stream()
						.noneMatch((p) -> IdempotencyFilter.HEADER.equals(p.getName())))) {
				operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER)
					.required(false)
					.description(DESCRIPTION)
					.schema(new StringSchema().maxLength(255)));
			}
			return operation;
		};
	}

}
