package org.gxpbridge.audittrail.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gxpbridge.audittrail.AuditEntry;

/**
 * Each link h(pos) = SHA-256(h(pos-1) || entry) can be checked on its own once the stored hashes are known, so
 * hashing runs on a second core while the first reads rows (a broken link anywhere is still found: changing an
 * entry means changing its hash, which breaks the next link or a signed checkpoint).
 */
final class ChainLinks {
    private static final int CHUNK = 2048;
    private static final ExecutorService HASHER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gxp-audit-verify");
        t.setDaemon(true);
        return t;
    });

    private record Link(String previous, AuditEntry entry, String stored, long pos) {
    }

    private final List<Future<List<long[]>>> pending = new ArrayList<>();
    private List<Link> chunk = new ArrayList<>(CHUNK);

    void add(String previous, AuditEntry entry, String stored, long pos) {
        chunk.add(new Link(previous, entry, stored, pos));
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
                if (!Canonical.chain(l.previous, l.entry).equals(l.stored)) {
                    bad.add(new long[] {l.entry.seq(), l.pos});
                }
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

    private void collectNext() {
        try {
            pending.get(collected).get().forEach(b -> bad.add(new Long[] {b[0], b[1]}));
            pending.set(collected++, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    List<Long[]> finish() {
        submit();
        while (collected < pending.size()) {
            collectNext();
        }
        return bad;
    }
}
