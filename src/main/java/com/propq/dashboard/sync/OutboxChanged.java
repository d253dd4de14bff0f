package com.propq.dashboard.sync;

/** Event, inside the transaction that queued work: after it commits, the flusher is nudged. */
record OutboxChanged() {}
