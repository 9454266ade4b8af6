package io.github.graflowstudio.ui.runner;

import io.github.graflowstudio.debug.DebugState;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;

/**
 * Which runner actions are possible, derived from the debugger's state and the chosen start node:
 * run and step from idle with a start, pause while running, continue, step and checkpoint while
 * paused, stop while running or paused. The buttons and menu entries bind to these. FX thread only.
 */
final class RunnerAbilities {
    final BooleanBinding canRun;
    final BooleanBinding canPause;
    final BooleanBinding canStep;
    final BooleanBinding canContinue;
    final BooleanBinding canStop;
    final BooleanBinding canCheckpoint;

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
}
