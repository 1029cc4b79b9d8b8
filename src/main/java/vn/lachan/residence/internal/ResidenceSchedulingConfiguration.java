package vn.lachan.residence.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The residence module's settings ({@link ResidenceProperties}); its jobs
 * ({@link ResidenceJobs}) are locked like every module's
 * ({@code shared.scheduling.SchedulingConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResidenceProperties.class)
class ResidenceSchedulingConfiguration {

}
