package vn.lachan.access.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.lachan.territory.TerritoryCatalog;

/**
 * The signed-in person and their unit on every page.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleUserConfiguration implements WebMvcConfigurer {

	private final TerritoryCatalog territory;

	ConsoleUserConfiguration(TerritoryCatalog territory) {
		this.territory = territory;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new ConsoleUserInterceptor(this.territory));
	}

}
