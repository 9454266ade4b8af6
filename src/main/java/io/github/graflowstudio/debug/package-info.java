/** Debug sessions on top of engine events: breakpoints, stepping, pause and continue. */
package io.github.graflowstudio.debug;
