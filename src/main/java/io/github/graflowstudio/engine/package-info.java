/**
 * The Graflow core in plain Java: the task graph (the single owner of task objects), the task
 * SPI, task specs and the FIFO queue, channels, the execution context, the scheduler loop with
 * dynamic control flow, parallel groups with policies, retries, cycles and engine events.
 *
 * <p>No JavaFX and no Jackson here (checked by {@code ArchitectureTest}). Queues, checkpoints and
 * events carry task ids or the graph's own task objects; nothing creates a stand-in task for an id.
 */
package io.github.graflowstudio.engine;
