package org.gxpbridge.risk;

import java.time.Instant;

/**
 * A dated, unchangeable copy of a register version: taken at release and at each periodic
 * review. {@code content} is the canonical JSON of the register with its risks and heat
 * map counts; {@code contentSha256} its SHA-256. Null content in a listing.
 */
public record RiskSnapshot(String id, String registerId, int registerVersion, String kind, Instant takenAt,
		String takenBy, String contentSha256, String content) {

	public static final String RELEASE = "RELEASE";

	public static final String PERIODIC_REVIEW = "PERIODIC_REVIEW";

}
