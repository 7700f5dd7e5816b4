/**
 * Shared kernel: the JSON error contract of every API (no stack traces, a message a user
 * can act on). Open to all modules.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, displayName = "Shared kernel", allowedDependencies = {})
package org.gxpbridge.shared;

import org.springframework.modulith.ApplicationModule;
