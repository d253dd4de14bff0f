package com.propq.dashboard.sync;

/**
 * Which of the outbox's two lanes a change waits in, decided by whoever writes it. A freed delivery slot goes to the
 * interactive lane first, so a person's edit never waits behind a batch; the batch lane keeps at least one call in
 * flight while it has work, so a stream of edits never stops a batch, and each lane uses what the other leaves idle.
 */
public enum OutboxLane {
    /** One change made by a person (unit editor, unit API, a publish request). */
    INTERACTIVE,
    /** One of many changes made at once (bulk change, import, undo) or by a job (hold expiry). */
    BATCH
}
