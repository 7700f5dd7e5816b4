package org.gxpbridge.signature;

import java.util.List;

/**
 * Every stored signature verified at once (CHK-20): how many there are, how many verify
 * and the ids of those that do not (invalid CMS, unknown certificate, record changed
 * since signing).
 */
public record SignaturesVerified(long total, long verified, List<String> failed) {
}
