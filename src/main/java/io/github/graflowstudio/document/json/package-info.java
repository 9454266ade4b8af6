/**
 * The {@code *.flow.json} codec: {@link io.github.graflowstudio.document.json.DocumentCodec}
 * reads documents from files or strings (every error is a
 * {@link io.github.graflowstudio.document.json.DocumentException} with file, line and column) and
 * writes them pretty and stable (fixed field order, unknown fields after the known ones, two-space
 * indentation, {@code \n} line ends, scalar arrays on one line).
 */
package io.github.graflowstudio.document.json;
