/** Crash-safe file writing for checkpoint sets: temporary file, force to disk, atomic move, backups. */
package io.github.graflowstudio.checkpoint.store;
