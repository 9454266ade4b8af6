/**
 * Turns a workflow document into an engine {@link io.github.graflowstudio.engine.TaskGraph}:
 * {@link io.github.graflowstudio.document.compile.WorkflowCompiler} validates it, builds one task
 * per node (through the kind registry) and one
 * {@link io.github.graflowstudio.engine.ParallelGroup} per group, adds the edges and picks the
 * start node. It also builds a single node's task (for checkpoint resume and the debugger).
 */
package io.github.graflowstudio.document.compile;
