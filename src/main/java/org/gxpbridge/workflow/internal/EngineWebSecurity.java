package org.gxpbridge.workflow.internal;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user that Spring Security authenticated to the engine: engine REST calls and
 * the Camunda webapps run as that user with their roles as groups, so the user operation
 * log and the task guard know who acts. Both filters run after the Spring Security filter
 * chain (order -100).
 */
@Configuration
class EngineWebSecurity {

	private static final Map<String, String> CONTAINER_AUTH = Map.of(
			ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
			ContainerBasedAuthenticationProvider.class.getName());

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setInitParameters(CONTAINER_AUTH);
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(201);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
		FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(CONTAINER_AUTH);
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(202);
		return registration;
	}

}
