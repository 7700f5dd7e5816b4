package org.gxpbridge.audittrail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.gxpbridge.audittrail.AuditEntry;

/**
 * Recomputes the chain h(pos) = SHA-256(h(pos-1) || entry) on a second core while the
 * first reads rows. Chunks run in order on one thread, so the recomputed hash carries
 * over; after a mismatch it continues from the stored hash, so each altered entry is
 * reported by itself. (Someone who also rewrites the stored hash of an altered entry
 * moves the first mismatch to the next entry, or to the next signed checkpoint if they
 * rewrite all later hashes too.) The checkpoints' Ed25519 signatures are checked here
 * too, in chain order: with the JDK's Ed25519 one costs about as much as reading a
 * thousand rows.
 */
final class ChainLinks {

	private static final int CHUNK = 2048;

	private static final ExecutorService HASHER = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "gxp-audit-verify");
		t.setDaemon(true);
		return t;
	});

	/** An entry to hash, a deleted one to step over, or a check to run in turn. */
	private record Link(AuditEntry entry, String stored, long pos, long seq, BooleanSupplier check) {
	}

	/**
	 * Touched only by the hasher thread: the hash the next entry follows, as bytes, or
	 * still as the stored hex when it came from the database (parsed when it is used, so
	 * a malformed one fails where it always did).
	 */
	private final byte[] previous = new byte[32];

	private String previousHex;

	private final byte[] digest = new byte[32];

	/** From the genesis, or from the stored hash at a verified checkpoint. */
	ChainLinks(String startHash) {
		this.previousHex = startHash;
	}

	private final List<Future<List<long[]>>> pending = new ArrayList<>();

	private List<Link> chunk = new ArrayList<>(CHUNK);

	/** A deleted entry: the chain continues from its stored hash. */
	void skip(String stored) {
		chunk.add(new Link(null, stored, 0, 0, null));
	}

	/**
	 * A check that costs more than reading a row (a checkpoint's signature), run on the
	 * hasher thread; a failed one is listed by {@link #failedChecks()} with its seq and
	 * chain position.
	 */
	void check(long seq, long pos, BooleanSupplier check) {
		chunk.add(new Link(null, null, pos, seq, check));
		if (chunk.size() == CHUNK) {
			submit();
		}
	}

	void add(AuditEntry entry, String stored, long pos) {
		chunk.add(new Link(entry, stored, pos, entry.seq(), null));
		if (chunk.size() == CHUNK) {
			submit();
		}
	}

	private void submit() {
		List<Link> work = chunk;
		chunk = new ArrayList<>(CHUNK);
		pending.add(HASHER.submit(() -> {
			List<long[]> bad = new ArrayList<>();
			for (Link l : work) {
				if (l.check != null) {
					if (!l.check.getAsBoolean()) {
						failedChecks.add(new Long[] { l.seq, l.pos });
					}
					continue;
				}
				if (l.entry != null) {
					if (previousHex != null) {
						Canonical.parse(previousHex, previous);
						previousHex = null;
					}
					Canonical.chain(previous, l.entry, digest);
					if (Canonical.isHexOf(digest, l.stored)) {
						// the stored hash is this digest: the next entry follows it
						System.arraycopy(digest, 0, previous, 0, 32);
						continue;
					}
					bad.add(new long[] { l.entry.seq(), l.pos });
				}
				previousHex = l.stored;
			}
			return bad;
		}));
		// at most a few chunks in memory: the reader waits when the hasher falls behind
		while (pending.size() - collected > 4) {
			collectNext();
		}
	}

	private int collected;

	private final List<Long[]> bad = new ArrayList<>();

	/** Written by the hasher thread, read after {@link #finish()} waited for it. */
	private final List<Long[]> failedChecks = new ArrayList<>();

	private void collectNext() {
		try {
			pending.get(collected).get().forEach(b -> bad.add(new Long[] { b[0], b[1] }));
			pending.set(collected++, null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	/** The checks that failed, in chain order; complete after {@link #finish()}. */
	List<Long[]> failedChecks() {
		return failedChecks;
	}

	List<Long[]> finish() {
		submit();
		while (collected < pending.size()) {
			collectNext();
		}
		return bad;
	}

}
