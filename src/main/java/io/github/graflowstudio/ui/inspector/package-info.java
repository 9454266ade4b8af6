/**
 * The checkpoint inspector window: {@code InspectorViewModel} (loading in the background, the
 * pending table with filters and sorting, flags, details, exports), {@code PickleViewModel},
 * {@code ContextViewModel}, {@code RawViewModel} and {@code DiffViewModel} (all without
 * {@code javafx.scene}, tested without a display), and the views over them:
 * {@code InspectorView}, {@code DiffView} and the separate stage {@code InspectorWindow}.
 * Nothing a checkpoint holds is ever executed: pickles are only walked.
 */
package io.github.graflowstudio.ui.inspector;
