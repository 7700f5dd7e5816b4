/**
 * Modeling under change control (issue 14 items 3–5; EU Annex 11 §10, 21 CFR 11.10(k),
 * CHK-24): drafts of a process, decision or form as versioned records, their validation
 * (secure XML, the engine's own parsers, the model contract, DMN completeness of UNIQUE
 * tables, form keys), the diff against the deployed version, {@code ModelChangeProcess}
 * (automatic validation, QA review, signed approval, deployment) as the only way anything
 * is deployed, and the deployment history inspectors read.
 */
@ApplicationModule(displayName = "Modeling under change control",
		allowedDependencies = { "security", "shared", "signature", "workflow" })
package org.gxpbridge.modeling;

import org.springframework.modulith.ApplicationModule;
