package org.gxpbridge.inbox;

import java.time.Instant;

/**
 * One thing that happened in a process instance: who, what, when (and old/new value where
 * there is one).
 */
public record HistoryLine(Instant when, String who, String what, String detail) {
}
