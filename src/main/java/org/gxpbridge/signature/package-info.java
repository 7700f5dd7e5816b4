/**
 * Part 11 electronic signatures (DESIGN.md §5): a signing step completes only through
 * {@link org.gxpbridge.signature.Signatures#sign}, which re-checks the password, applies
 * {@code SignaturePolicyDecision}, signs the canonical record as a detached CMS with the
 * signer's own key and completes the task in the same transaction. Every signature
 * verifies with standard tools against the CA certificate (11.50, 11.70, 11.200). Bouncy
 * Castle types never leave this module.
 */
@ApplicationModule(displayName = "Electronic signatures",
		allowedDependencies = { "documents", "security", "shared", "workflow" })
package org.gxpbridge.signature;

import org.springframework.modulith.ApplicationModule;
