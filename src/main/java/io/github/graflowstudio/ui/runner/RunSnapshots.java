package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.engine.Channel;
import io.github.graflowstudio.engine.ExecutionContext;
import io.github.graflowstudio.engine.TaskSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The queue and channel panels' rows, copied from the run's context when paused, finished, or
 * at most four times a second while running (the queue is capped at 10,000 rows). The lists
 * change only when the rows do, so the tables are not rebuilt while nothing they show moves.
 * FX thread only.
 */
public final class RunSnapshots {
    /** Most queue rows shown. */
    public static final int QUEUE_LIMIT = 10_000;
    /** Most channel entries shown (results first). */
    public static final int CHANNEL_LIMIT = 2_000;
    private final ObservableList<QueueRow> queue = FXCollections.observableArrayList();
    private final ObservableList<ChannelRow> channel = FXCollections.observableArrayList();
    private int queueSize;
    private boolean channelShown;
    private final javafx.beans.property.ReadOnlyIntegerWrapper channelTotal =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "channelTotal");

    /** Pending specs in queue order. */
    public ObservableList<QueueRow> queue() {
        return queue;
    }

    /** Channel entries (results first). */
    public ObservableList<ChannelRow> channel() {
        return channel;
    }

    /** How many entries the channel had at the last refresh that copied it (may exceed the rows shown). */
    public javafx.beans.property.ReadOnlyIntegerProperty channelTotalProperty() {
        return channelTotal.getReadOnlyProperty();
    }

    /** The full queue size (may exceed the rows shown). */
    public int queueSize() {
        return queueSize;
    }

    /**
     * Whether a panel shows the channel. While none does, {@link #refresh} leaves the channel rows
     * alone: copying, describing and comparing 2,000 entries four times a second for nobody was
     * a good part of the FX thread's work during a run.
     */
    public void channelShown(boolean shown) {
        channelShown = shown;
    }

    /**
     * Copies the start of the context's queue, and of its channel while a panel shows it: the
     * engine's locks are held only for the rows shown, so a refresh costs the same with ten or a
     * million results.
     */
    public void refresh(ExecutionContext context) {
        refresh(context, channelShown);
    }

    /** Copies the start of the context's queue and channel, shown or not (a run's end, for its record). */
    public void refreshAll(ExecutionContext context) {
        refresh(context, true);
    }

    private void refresh(ExecutionContext context, boolean withChannel) {
        if (context == null) {
            queue.clear();
            channel.clear();
            channelTotal.set(0);
            return;
        }
        queueSize = context.queue().size();
        List<TaskSpec> specs = context.queue().pendingSpecs(QUEUE_LIMIT);
        List<QueueRow> rows = new ArrayList<>(Math.min(specs.size(), QUEUE_LIMIT));
        for (int i = 0; i < specs.size() && i < QUEUE_LIMIT; i++) {
            TaskSpec spec = specs.get(i);
            rows.add(new QueueRow(i, spec.taskId(), spec.status().wireName(), spec.retryCount(), spec.maxRetries(),
                    spec.lastError() == null ? "" : spec.lastError(), spec.groupId() == null ? "" : spec.groupId()));
        }
        if (!rows.equals(queue)) {
            queue.setAll(rows);
        }
        if (withChannel) {
            refreshChannel(context);
        }
    }

    private void refreshChannel(ExecutionContext context) {
        List<ChannelRow> results = new ArrayList<>();
        List<ChannelRow> values = new ArrayList<>();
        int total = context.channel().size();
        Map<String, Object> entries = context.channel().snapshot(CHANNEL_LIMIT);
        for (Map.Entry<String, Object> entry : entries.entrySet()) {
            boolean result = entry.getKey().endsWith(Channel.RESULT_SUFFIX);
            (result ? results : values).add(ChannelRow.of(entry.getKey(), entry.getValue(), result, 3));
        }
        results.addAll(values);
        if (!results.equals(channel)) {
            channel.setAll(results);
        }
        // the count is not a row: a tree row whose value changes makes the tree rebuild all its
        // cells, and the count changes on every refresh of a run with more entries than shown
        channelTotal.set(total);
    }
}
