package io.github.graflowstudio.debug;

import java.util.EnumMap;
import java.util.Map;

/**
 * The debug session's state machine written as a transition table: (state, action) to state.
 * An action missing from a state's row is not allowed there. Immutable and thread-safe.
 */
public final class DebugTransitions {
    private static final Map<DebugState, Map<DebugAction, DebugState>> TABLE = new EnumMap<>(DebugState.class);

    static {
        row(DebugState.IDLE, DebugAction.START, DebugState.RUNNING, DebugAction.STEP, DebugState.RUNNING);
        row(DebugState.RUNNING, DebugAction.PAUSE, DebugState.RUNNING, DebugAction.HIT, DebugState.PAUSED,
                DebugAction.STOP, DebugState.STOPPING, DebugAction.FINISH, DebugState.FINISHED);
        row(DebugState.PAUSED, DebugAction.CONTINUE, DebugState.RUNNING, DebugAction.STEP, DebugState.RUNNING,
                DebugAction.STOP, DebugState.STOPPING, DebugAction.HIT, DebugState.PAUSED,
                DebugAction.FINISH, DebugState.FINISHED);
        row(DebugState.STOPPING, DebugAction.FINISH, DebugState.FINISHED, DebugAction.STOP, DebugState.STOPPING,
                DebugAction.HIT, DebugState.STOPPING);
        row(DebugState.FINISHED);
    }

    private DebugTransitions() {
    }

    private static void row(DebugState from, Object... pairs) {
        Map<DebugAction, DebugState> row = new EnumMap<>(DebugAction.class);
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((DebugAction) pairs[i], (DebugState) pairs[i + 1]);
        }
        TABLE.put(from, row);
    }

    /** Whether {@code action} is allowed in {@code state}. */
    public static boolean allows(DebugState state, DebugAction action) {
        return TABLE.get(state).containsKey(action);
    }

    /**
     * The state after {@code action}.
     *
     * @throws IllegalStateException naming the state and the action when not allowed
     */
    public static DebugState next(DebugState state, DebugAction action) {
        DebugState next = TABLE.get(state).get(action);
        if (next == null) {
            throw new IllegalStateException("Cannot " + action.name().toLowerCase() + " while "
                    + state.name().toLowerCase());
        }
        return next;
    }
}
