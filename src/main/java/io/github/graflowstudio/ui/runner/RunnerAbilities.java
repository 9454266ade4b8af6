package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.debug.DebugState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;

/**
 * Which runner actions are possible, derived from the debugger's state and the chosen start node:
 * run and step from idle with a start, pause while running, continue, step and checkpoint while
 * paused, stop while running or paused. The buttons and menu entries bind to these. FX thread only.
 */
public final class RunnerAbilities {
    private final BooleanBinding canRun;
    private final BooleanBinding canPause;
    private final BooleanBinding canStep;
    private final BooleanBinding canContinue;
    private final BooleanBinding canStop;
    private final BooleanBinding canCheckpoint;

    RunnerAbilities(ObservableValue<DebugState> state, ObservableValue<String> start) {
        canRun = Bindings.createBooleanBinding(() -> idle(state.getValue()) && start.getValue() != null, state, start);
        canPause = is(state, DebugState.RUNNING);
        canStep = Bindings.createBooleanBinding(() -> state.getValue() == DebugState.PAUSED
                || (idle(state.getValue()) && start.getValue() != null), state, start);
        canContinue = is(state, DebugState.PAUSED);
        canStop = Bindings.createBooleanBinding(() -> state.getValue() == DebugState.RUNNING
                || state.getValue() == DebugState.PAUSED, state);
        canCheckpoint = is(state, DebugState.PAUSED);
    }

    private static boolean idle(DebugState state) {
        return state == DebugState.IDLE || state == DebugState.FINISHED;
    }

    private static BooleanBinding is(ObservableValue<DebugState> state, DebugState wanted) {
        return Bindings.createBooleanBinding(() -> state.getValue() == wanted, state);
    }

    /** Whether Run is possible. */
    public BooleanExpression canRun() {
        return canRun;
    }

    /** Whether Pause is possible. */
    public BooleanExpression canPause() {
        return canPause;
    }

    /** Whether Step is possible. */
    public BooleanExpression canStep() {
        return canStep;
    }

    /** Whether Continue is possible. */
    public BooleanExpression canContinue() {
        return canContinue;
    }

    /** Whether Stop is possible. */
    public BooleanExpression canStop() {
        return canStop;
    }

    /** Whether Checkpoint now is possible. */
    public BooleanExpression canCheckpoint() {
        return canCheckpoint;
    }
}
