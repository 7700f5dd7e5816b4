package org.gxpbridge.workflow;

import org.gxpbridge.shared.NotFoundException;

/** No process definition is deployed under the requested key. */
public class UnknownProcessException extends NotFoundException {

	public UnknownProcessException(String key) {
		super("unknown_process", "No process is deployed with key '" + key + "'");
	}

}
