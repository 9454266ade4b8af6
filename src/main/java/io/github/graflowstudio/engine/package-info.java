/**
 * The Graflow core in plain Java: the task graph (the single owner of task objects), the task
 * SPI, task specs and the FIFO queue, channels, the execution context, the scheduler loop with
 * dynamic control flow, parallel groups with policies, retries, cycles and engine events.
 *
 * <p>No JavaFX and no Jackson here (checked by {@code ArchitectureTest}). Queues, checkpoints and
 * events carry task ids or the graph's own task objects; nothing creates a stand-in task for an id.
 *
 * <p>Deliberate differences from Graflow (see {@code graflow-semantics.md}):
 * <ul>
 *   <li>{@code maxSteps} leaves the not-yet-run task pending; the run reports
 *       {@link io.github.graflowstudio.engine.RunStatus#MAX_STEPS}.</li>
 *   <li>A task's retry count is reset when it succeeds (so it counts cycles again in loops).</li>
 *   <li>Iteration ids are deterministic: {@code <base>_cycle_<count>_<hex8>} with the hex part an
 *       FNV hash of session, base id and a per-context serial.</li>
 *   <li>{@code next_task} with a different object under an existing id is refused.</li>
 *   <li>{@code ExecutionContext.create(graph, null, n)} gives an empty queue; an unknown start node
 *       is refused.</li>
 *   <li>A failed or cancelled run returns a {@link io.github.graflowstudio.engine.RunResult} with
 *       the error instead of throwing.</li>
 *   <li>Parallel-group branches that hit {@code maxSteps} count as failed; branches run on the
 *       engine's executor with their own contexts even when it is the calling thread (Graflow's
 *       DIRECT backend shares the parent context and drains its queue), are merged in member order,
 *       and their cycle counts are added to the parent's (Graflow overwrites them).</li>
 *   <li>A terminate after a cancel in the same task keeps the cancel's message.</li>
 * </ul>
 */
package io.github.graflowstudio.engine;
