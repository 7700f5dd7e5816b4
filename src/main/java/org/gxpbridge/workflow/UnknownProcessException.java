package org.gxpbridge.workflow;

import org.gxpbridge.shared.ProblemException;

/** No process definition is deployed under the requested key. */
public class UnknownProcessException extends ProblemException {

	public UnknownProcessException(String key) {
		super(404, "unknown_process", "No process is deployed with key '" + key + "'");
	}

}
