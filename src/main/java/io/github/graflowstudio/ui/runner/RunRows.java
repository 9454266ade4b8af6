package io.github.graflowstudio.ui.runner;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The timeline and log rows the runner's panels show: one pair of lists for the whole session.
 * The panels bind to them once. A table or list given a new list of items throws its cells away
 * and makes new ones on the next layout (new rows, cells and skins, each styled from scratch);
 * with one list kept, a new run reuses the cells the panels already have. A run's
 * {@link RunMonitor} replaces the previous run's rows when it first shows its own. That is
 * usually its first delivery, right after it started and often with no rows yet: the tables are
 * then emptied a frame after the one that starts the run, instead of in it, which spreads that
 * frame's work over two. A quick run that ends before its first delivery replaces the rows in one
 * change.
 *
 * <p>FX thread only.
 *
 * @param timeline the timeline rows, oldest first
 * @param log      the log lines, oldest first
 */
public record RunRows(ObservableList<TimelineEntry> timeline, ObservableList<LogEntry> log) {
    /** Two new empty lists. */
    public static RunRows create() {
        return new RunRows(FXCollections.observableArrayList(), FXCollections.observableArrayList());
    }
}
