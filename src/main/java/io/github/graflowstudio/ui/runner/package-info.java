/**
 * The runner panel and step debugger: start-node choice (only nodes of the graph), run, pause,
 * step, breakpoints, live state on the canvas, queue, channel, log, timeline and run history.
 * View models here are testable without a display; engine events reach them through one
 * {@link io.github.graflowstudio.ui.common.FxEventPump}.
 */
package io.github.graflowstudio.ui.runner;
