package vn.lachan.shared.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console navigation on every page, from the modules' {@link ConsoleMenuItem}s.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleMenuConfiguration implements WebMvcConfigurer {

	private final List<ConsoleMenuItem> items;

	ConsoleMenuConfiguration(List<ConsoleMenuItem> items) {
		this.items = items;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ConsoleMenuInterceptor(this.items));
	}

}
