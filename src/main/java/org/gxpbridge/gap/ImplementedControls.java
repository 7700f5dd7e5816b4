package org.gxpbridge.gap;

import java.util.Set;

/**
 * What implements a framework's requirements, answered by the module that keeps control
 * implementations (controls, which depends on gap, not the other way round). Coverage
 * counts the requirements with an effective control; without an implementation of this
 * interface none has one.
 */
public interface ImplementedControls {

	/**
	 * The requirement ids of the framework that at least one effective control
	 * implementation covers.
	 */
	Set<String> requirementsWithEffectiveControls(String frameworkId);

}
