/**
 * Identity and the Part 11 account controls: one user store for our pages,
 * {@code /api/**}, engine REST and the Camunda webapps; unique never-reused ids, password
 * policy and aging, lockout with security alerts, idle timeout, read-only inspectors and
 * administrators without approval rights (P11-10d, P11-10g, 11.100, 11.300).
 */
@ApplicationModule(displayName = "Security and identity", allowedDependencies = { "shared" })
package org.gxpbridge.security;

import org.springframework.modulith.ApplicationModule;
