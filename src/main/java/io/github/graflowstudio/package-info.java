/** Graflow Studio: launcher at the root; see the sub-packages for the layers. */
package io.github.graflowstudio;
