package org.gxpbridge.regulation;

import java.util.Arrays;
import java.util.Locale;

import org.gxpbridge.shared.InvalidInputException;

/** The file formats the catalogue imports. */
public enum ImportFormat {

	/** A NIST OSCAL catalog in JSON (CSF 2.0, SP 800-53 ...): one framework. */
	OSCAL_JSON,
	/**
	 * A CISO Assistant library in YAML: a framework with its requirement nodes and/or
	 * requirement mapping sets.
	 */
	CISO_YAML,
	/** CSV {@code id,title,description,parent}: requirements of one framework. */
	CSV_REQUIREMENTS,
	/** CSV {@code from_framework,from_id,to_framework,to_id,relation}: links. */
	CSV_MAPPINGS;

	/** The format named (case-insensitive), or a 400 listing the known ones. */
	public static ImportFormat parse(String name) {
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (RuntimeException e) {
			throw new InvalidInputException("import_format_unknown",
					"Unknown import format '" + name + "'; use one of " + Arrays.toString(values()));
		}
	}

}
