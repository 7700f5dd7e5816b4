package org.gxpbridge.audittrail;

/**
 * A position in the sealed hash chain and the chain hash there: two ledgers with the same
 * hash at the same position hold the same entries up to it.
 */
public record ChainPosition(long position, String chainHash) {
}
