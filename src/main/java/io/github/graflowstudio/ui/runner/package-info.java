/**
 * The runner panel and step debugger: start-node choice (only nodes of the graph), run, pause,
 * step, breakpoints, live state on the canvas, queue, channel, log, timeline and run history.
 * View models here are testable without a display. Engine events reach them through one
 * {@code RunEventRelay} per run: folded on the engine thread in chunks,
 * then handed to the FX thread a few milliseconds at a time.
 */
package io.github.graflowstudio.ui.runner;
