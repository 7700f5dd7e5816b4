/**
 * The process engine as the rest of the server sees it: process keys, element ids and
 * variable names as constants, a facade to start and correlate, and the engine fixed for
 * compliance (FULL history, one identity, eligibility guard on user tasks).
 */
@ApplicationModule(displayName = "Workflow", allowedDependencies = { "security", "shared" })
package org.gxpbridge.workflow;

import org.springframework.modulith.ApplicationModule;
