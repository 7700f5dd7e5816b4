package org.gxpbridge.shared.internal;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The REST API speaks JSON only. Jackson's XML module is on the class path for the
 * CycloneDX library (XML SBOMs); without this, Spring MVC would answer a browser (whose
 * Accept header prefers XML over any type) with XML, and the error contract
 * ({@code ApiError}) would change shape with the client.
 */
@Configuration
class JsonOnlyApi implements WebMvcConfigurer {

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.removeIf(MappingJackson2XmlHttpMessageConverter.class::isInstance);
	}

}
