/**
 * Undoable edits of a workflow document: {@link io.github.graflowstudio.document.edit.Command}s
 * and the {@link io.github.graflowstudio.document.edit.CommandStack} every user edit goes through.
 * One gesture is one command. No JavaFX here; the editor's view model wraps the stack.
 */
package io.github.graflowstudio.document.edit;
