package org.gxpbridge.regulation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code gxp.regulation.import.*}; defaults in application.yml.
 *
 * @param maxSize the largest file an import accepts (default 5 MB): a whole standard with
 * its licensed text fits, a mistaken upload is refused with 413
 */
@ConfigurationProperties("gxp.regulation.import")
public record CatalogueImportSettings(DataSize maxSize) {

	public CatalogueImportSettings {
		maxSize = maxSize == null ? DataSize.ofMegabytes(5) : maxSize;
	}

}
