package io.github.graflowstudio.ui.inspector;

import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a set the inspection model does not hold, read after the pending table is shown so
 * that it appears at once: the studio channel (and the context tab's tree built from it) and the
 * pickle payloads of legacy entries. Immutable and thread-safe.
 *
 * @param channel     the studio channel ({@link ChannelContent#NONE} without a context file)
 * @param contextTree the context tab's tree
 * @param payloads    the legacy pickle payloads to list
 */
record SetExtras(ChannelContent channel, ContextViewModel.Tree contextTree, List<PickleViewModel.Source> payloads) {

    /** Reads the extras of an inspected set (on a worker). */
    static SetExtras read(CheckpointInspection inspection) {
        boolean hasContext = inspection.format() == CheckpointFormat.STUDIO || Files.exists(
                inspection.base().resolveSibling(inspection.base().getFileName() + CheckpointFile.CONTEXT.suffix()));
        ChannelContent channel = hasContext ? ChannelContent.read(inspection.base()) : ChannelContent.NONE;
        List<PickleViewModel.Source> payloads = new ArrayList<>();
        if (inspection.format() == CheckpointFormat.GRAFLOW_LEGACY) {
            for (LegacyPayload payload : LegacyPayload.read(inspection.base())) {
                payloads.add(new PickleViewModel.Source(payload.label(), null, payload, null));
            }
        }
        return new SetExtras(channel, ContextViewModel.build(inspection, channel), List.copyOf(payloads));
    }
}
