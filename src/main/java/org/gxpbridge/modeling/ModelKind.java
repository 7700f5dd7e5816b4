package org.gxpbridge.modeling;

import java.util.Locale;

import org.gxpbridge.shared.InvalidInputException;

/** What a model is, where its file lives in a deployment and how it ends. */
public enum ModelKind {

	BPMN("processes/", ".bpmn"), DMN("dmn/", ".dmn"), FORM("forms/", ".form");

	private final String folder;

	private final String suffix;

	ModelKind(String folder, String suffix) {
		this.folder = folder;
		this.suffix = suffix;
	}

	public String folder() {
		return folder;
	}

	public String suffix() {
		return suffix;
	}

	/** The kind of a deployment resource name, or null for other resources. */
	public static ModelKind ofResource(String resourceName) {
		for (ModelKind k : values()) {
			if (resourceName != null && resourceName.endsWith(k.suffix)) {
				return k;
			}
		}
		return null;
	}

	/** BPMN, DMN or FORM in any case; anything else is invalid input. */
	public static ModelKind parse(String text) {
		if (text != null) {
			for (ModelKind k : values()) {
				if (k.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
					return k;
				}
			}
		}
		throw new InvalidInputException("unknown_model_kind", "kind must be BPMN, DMN or FORM, not '" + text + "'");
	}

}
