/**
 * Engine events and the listener API the debugger and the UI use. Events are immutable records
 * delivered synchronously on the thread that runs the task (a branch thread for parallel-group
 * members); a listener that blocks (a debugger pausing before a task) holds that thread.
 */
package io.github.graflowstudio.engine.event;
