/**
 * Checkpoints: our own three-file sets (write, resume) and read-only inspection of Python
 * Graflow sets, including a safe pickle opcode walker that never executes anything.
 */
package io.github.graflowstudio.checkpoint;
