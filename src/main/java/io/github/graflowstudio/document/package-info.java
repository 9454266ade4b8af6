/**
 * The workflow document ({@code *.flow.json}): nodes with kinds, configs and positions, edges and
 * parallel groups, its JSON codec, the built-in task kinds, and its conversion to a task graph.
 */
package io.github.graflowstudio.document;
