/** Headless command line ({@code run}, {@code validate}, {@code inspect}) built with picocli; no JavaFX. */
package io.github.graflowstudio.cli;
