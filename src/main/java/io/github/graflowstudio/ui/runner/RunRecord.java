package io.github.graflowstudio.ui.runner;

import java.time.Instant;
import java.util.List;

/**
 * A finished run of this session, kept for the history panel and read-only reopening.
 * Immutable.
 *
 * @param number     1-based run number in this session
 * @param startNode  where it started
 * @param status     how it ended
 * @param steps      steps taken
 * @param millis     wall time
 * @param startedAt  when it started
 * @param timeline   its attempts
 * @param log        its log
 * @param queue      what was pending at the end
 * @param channel    the channel at the end
 */
public record RunRecord(int number, String startNode, String status, int steps, long millis, Instant startedAt,
                        List<TimelineEntry> timeline, List<LogEntry> log, List<QueueRow> queue, List<ChannelRow> channel) {

    /** A one-line description. */
    public String describe() {
        return "#" + number + " from " + startNode + ": " + status + " after " + steps + " steps in " + millis + " ms";
    }
}
