/** Our own checkpoint format ({@code studio}): JSON codecs for state, meta and context, writer and loader. */
package io.github.graflowstudio.checkpoint.studio;
