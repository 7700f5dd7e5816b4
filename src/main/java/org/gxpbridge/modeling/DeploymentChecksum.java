package org.gxpbridge.modeling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.TreeMap;

import org.gxpbridge.shared.Sha256;

/**
 * The checksum of a deployment as the history records it, recomputable by an inspector
 * from the deployed resources: SHA-256 over the lines
 * {@code <sha256 of resource>  <resource
 * name>\n} in resource-name order (the output of {@code sha256sum} over the files, sorted
 * by name).
 */
public final class DeploymentChecksum {

	private DeploymentChecksum() {
	}

	public static String of(Map<String, byte[]> resources) {
		MessageDigest sha = Sha256.newDigest();
		new TreeMap<>(resources).forEach(
				(name, bytes) -> sha.update((Sha256.hex(bytes) + "  " + name + "\n").getBytes(StandardCharsets.UTF_8)));
		return Sha256.finish(sha);
	}

}
