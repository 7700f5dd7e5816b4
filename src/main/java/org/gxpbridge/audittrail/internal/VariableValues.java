package org.gxpbridge.audittrail.internal;

import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;

/**
 * A variable value as the audit trail shows it: the value itself, or for
 * binary/serialized values its size and type.
 */
final class VariableValues {

	private VariableValues() {
	}

	static String render(String text, Long longValue, Double doubleValue, byte[] bytes, String type) {
		if (text != null) {
			return text;
		}
		if (longValue != null) {
			return "boolean".equals(type) ? Boolean.toString(longValue != 0) : longValue.toString();
		}
		if (doubleValue != null) {
			return doubleValue.toString();
		}
		if (bytes != null) {
			return "[" + type + ", " + bytes.length + " bytes, sha256 " + Canonical.sha256(bytes) + "]";
		}
		return type == null || "null".equals(type) ? null : "[" + type + "]";
	}

	static String render(HistoricVariableInstanceEntity v) {
		return v == null ? null
				: render(v.getTextValue(), v.getLongValue(), v.getDoubleValue(), null, v.getSerializerName());
	}

}
