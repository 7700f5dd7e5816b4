package org.gxpbridge.documents.internal;

import org.apache.tika.config.TikaConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Tika configuration (detectors, parsers, media-type registry) for the whole server:
 * loading it is costly.
 */
@Configuration(proxyBeanMethods = false)
class TikaSetup {

	@Bean
	TikaConfig tikaConfig() {
		return TikaConfig.getDefaultConfig();
	}

}
