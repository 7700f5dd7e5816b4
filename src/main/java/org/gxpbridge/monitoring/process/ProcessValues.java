package org.gxpbridge.monitoring.process;

/** Variable values as the module's records store them. */
final class ProcessValues {

	private ProcessValues() {
	}

	static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
