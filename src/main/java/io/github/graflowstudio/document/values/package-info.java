/**
 * Plain JSON-like values (maps, lists, strings, numbers, booleans, {@code null}) as the document
 * layer keeps them: deep-frozen copies with normalised numbers, and a lenient converter for
 * run-time values (channel contents, expression results). No dependencies on other packages.
 */
package io.github.graflowstudio.document.values;
