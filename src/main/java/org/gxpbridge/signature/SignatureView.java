package org.gxpbridge.signature;

import java.time.Instant;

/**
 * A signature with its manifestation as stored at signing (printed name, time, meaning:
 * 11.50) and the result of verifying it now: {@code valid} says the CMS verifies against
 * the CA and its own record (11.70); {@code recordChangedSinceSigning} says a signed
 * variable has another value today. {@code signedAtDisplay} is the time as shown to
 * people: with zone id and UTC offset (reference §0). {@code certificateStatus} REVOKED
 * means the certificate signs nothing new (e.g. after an administrator's password reset);
 * it still verifies this signature.
 */
public record SignatureView(String signatureId, String taskId, String taskDefinitionKey, String processInstanceId,
		String businessKey, String signerId, String printedName, String meaning, Instant signedAt, String signedAtZone,
		String signedAtDisplay, String recordDigest, String certificateSerial, String certificateStatus, Boolean valid,
		Boolean recordChangedSinceSigning, String verificationDetail) {
}
