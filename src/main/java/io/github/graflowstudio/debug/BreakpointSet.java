package io.github.graflowstudio.debug;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The breakpoints of a workspace, with hit counters. Thread-safe: the UI edits it while the
 * engine thread reads it.
 */
public final class BreakpointSet {
    private final ConcurrentSkipListMap<Integer, Breakpoint> breakpoints = new ConcurrentSkipListMap<>();
    private final Map<Integer, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Adds a task breakpoint (enabled, no condition). */
    public Breakpoint addTask(String taskId) {
        return add(BreakpointKind.TASK, taskId, null, 0);
    }

    /** Adds a breakpoint. */
    public Breakpoint add(BreakpointKind kind, String taskId, String condition, int hitCount) {
        Breakpoint breakpoint = new Breakpoint(nextId.getAndIncrement(), kind, kind == BreakpointKind.TASK ? taskId : null,
                condition, hitCount, true);
        breakpoints.put(breakpoint.id(), breakpoint);
        changed();
        return breakpoint;
    }

    /** Adds a task breakpoint if the node has none, else removes its breakpoints; returns whether one now exists. */
    public boolean toggleTask(String taskId) {
        List<Breakpoint> existing = forTask(taskId);
        if (existing.isEmpty()) {
            addTask(taskId);
            return true;
        }
        existing.forEach(breakpoint -> breakpoints.remove(breakpoint.id()));
        changed();
        return false;
    }

    /** Replaces a breakpoint by id (condition, hit count, enabled edits). */
    public void update(Breakpoint breakpoint) {
        if (breakpoints.replace(breakpoint.id(), breakpoint) != null) {
            changed();
        }
    }

    /** Removes a breakpoint. */
    public void remove(int id) {
        if (breakpoints.remove(id) != null) {
            hits.remove(id);
            changed();
        }
    }

    /** Removes the breakpoints of a node that no longer exists. */
    public void removeTask(String taskId) {
        boolean removed = breakpoints.values().removeIf(b -> b.kind() == BreakpointKind.TASK && b.taskId().equals(taskId));
        if (removed) {
            changed();
        }
    }

    /** Follows a node rename. */
    public void renameTask(String oldId, String newId) {
        boolean renamed = false;
        for (Breakpoint breakpoint : breakpoints.values()) {
            if (breakpoint.kind() == BreakpointKind.TASK && breakpoint.taskId().equals(oldId)) {
                breakpoints.put(breakpoint.id(), breakpoint.withTaskId(newId));
                renamed = true;
            }
        }
        if (renamed) {
            changed();
        }
    }

    /** All breakpoints in creation order. */
    public List<Breakpoint> all() {
        return new ArrayList<>(breakpoints.values());
    }

    /** The task breakpoints of a node. */
    public List<Breakpoint> forTask(String taskId) {
        List<Breakpoint> found = List.of();
        for (Breakpoint breakpoint : breakpoints.values()) {
            if (breakpoint.kind() == BreakpointKind.TASK && breakpoint.taskId().equals(taskId)) {
                if (found.isEmpty()) {
                    found = new ArrayList<>(2);
                }
                found.add(breakpoint);
            }
        }
        return found;
    }

    /** Whether the node has an enabled breakpoint. */
    public boolean hasEnabledTaskBreakpoint(String taskId) {
        return forTask(taskId).stream().anyMatch(Breakpoint::enabled);
    }

    /** The enabled breakpoints of an event kind. */
    public List<Breakpoint> forEvent(BreakpointKind kind) {
        List<Breakpoint> found = new ArrayList<>();
        for (Breakpoint breakpoint : breakpoints.values()) {
            if (breakpoint.kind() == kind && breakpoint.enabled()) {
                found.add(breakpoint);
            }
        }
        return found;
    }

    /** Counts a hit and returns the new count. */
    int hit(Breakpoint breakpoint) {
        return hits.computeIfAbsent(breakpoint.id(), id -> new AtomicInteger()).incrementAndGet();
    }

    /** Hits counted for a breakpoint in the current run. */
    public int hits(int id) {
        AtomicInteger count = hits.get(id);
        return count == null ? 0 : count.get();
    }

    /** Clears hit counters (a new run). */
    public void resetHits() {
        hits.clear();
    }

    /** Runs {@code listener} after every change (on the changing thread). */
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }
}
