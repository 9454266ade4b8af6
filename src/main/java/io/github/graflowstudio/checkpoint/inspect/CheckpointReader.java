package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.json.ContextFileParser;
import io.github.graflowstudio.checkpoint.inspect.json.JsonFileReader;
import io.github.graflowstudio.checkpoint.inspect.json.MetaFileParser;
import io.github.graflowstudio.checkpoint.inspect.json.ParsedFile;
import io.github.graflowstudio.checkpoint.inspect.json.StateFileParser;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFile;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointFormat;
import io.github.graflowstudio.checkpoint.inspect.model.CheckpointInspection;
import io.github.graflowstudio.checkpoint.inspect.model.ContextSummary;
import io.github.graflowstudio.checkpoint.inspect.model.FileStatus;
import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.inspect.model.MetaSummary;
import io.github.graflowstudio.checkpoint.inspect.model.PendingEntry;
import io.github.graflowstudio.checkpoint.inspect.model.StateSummary;
import io.github.graflowstudio.checkpoint.pickle.PickleReport;
import io.github.graflowstudio.checkpoint.pickle.PickleWalker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Opens a checkpoint set of any supported format from any of its paths ({@code <base>},
 * {@code <base>.pkl}, {@code <base>.state.json}, {@code <base>.meta.json},
 * {@code <base>.context.json}, or a folder holding one set) and inspects it read-only. A broken
 * file never stops the inspection: each problem becomes a flag. Immutable and thread-safe; the
 * {@code read} methods may run concurrently.
 *
 * <pre>{@code
 * CheckpointInspection inspection = CheckpointReader.read(Path.of("checkpoints/run/checkpoint.pkl"));
 * }</pre>
 */
public final class CheckpointReader {
    private final InspectionOptions options;

    /**
     * A reader with the given options.
     *
     * @param options caps and the optional open workflow
     */
    public CheckpointReader(InspectionOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Inspects the set a path names, with {@link InspectionOptions#DEFAULTS}.
     *
     * @param path the base, one of the set's files, or a folder with one set
     * @return the inspection
     * @throws NotACheckpointException when no file of a set exists for the path
     */
    public static CheckpointInspection read(Path path) throws NotACheckpointException {
        return new CheckpointReader(InspectionOptions.DEFAULTS).inspect(path);
    }

    /**
     * Inspects the set a path names.
     *
     * @param path the base, one of the set's files, or a folder with one set
     * @return the inspection
     * @throws NotACheckpointException when no file of a set exists for the path
     */
    public CheckpointInspection inspect(Path path) throws NotACheckpointException {
        Objects.requireNonNull(path, "path");
        Path base = CheckpointLocator.locate(path);
        JsonFileReader jsonReader = new JsonFileReader(options.maxJsonBytes());
        PickleWalker walker = new PickleWalker(options.pickleLimits());
        PendingCollector collector = new PendingCollector(new LegacyEntryChecks(walker));

        ParsedFile<StateSummary> state = new StateFileParser(jsonReader)
                .parse(CheckpointLocator.file(base, CheckpointFile.STATE), collector);
        ParsedFile<MetaSummary> meta = new MetaFileParser(jsonReader)
                .parse(CheckpointLocator.file(base, CheckpointFile.META));
        Path contextFile = CheckpointLocator.file(base, CheckpointFile.CONTEXT);
        ParsedFile<ContextSummary> context = new ContextFileParser(jsonReader).parse(contextFile);
        Path pickleFile = CheckpointLocator.file(base, CheckpointFile.PKL);
        boolean pickleExists = Files.isRegularFile(pickleFile);
        PickleReport pickle = pickleExists ? walk(walker, pickleFile) : null;

        CheckpointFormat format = FormatDetector.detect(state.summary(), collector.sawLegacyShape(), meta.summary(),
                context.status() != FileStatus.MISSING, pickleExists);
        Map<CheckpointFile, FileStatus> files = new EnumMap<>(CheckpointFile.class);
        files.put(CheckpointFile.STATE, state.status());
        files.put(CheckpointFile.META, meta.status());
        files.put(CheckpointFile.PKL, pickle == null ? FileStatus.MISSING
                : pickle.valid() && pickle.externalReferences() == 0 ? FileStatus.OK : FileStatus.INVALID);
        files.put(CheckpointFile.CONTEXT, context.status());

        List<PendingEntry> entries = state.summary() == null ? new ArrayList<>() : collector.entries();
        FlagCollector flags = new FlagCollector(entries.size());
        missingFiles(base, format, files, flags);
        flags.addAll(state.flags());
        flags.addAll(meta.flags());
        flags.addAll(context.flags());
        if (pickle != null) {
            PickleFlags.add(flags, pickle, pickleFile.getFileName().toString());
        }
        if (format == CheckpointFormat.GRAFLOW_LEGACY) {
            LegacyRules.format(flags);
        }
        ConsistencyRules.check(format, state.summary(), meta.summary(), context.summary(), flags);
        if (state.summary() != null) {
            QueueRules.check(format, state.summary(), entries, flags);
            IdRules.check(state.summary(), entries, flags);
            if (format == CheckpointFormat.GRAFLOW_LEGACY) {
                LegacyRules.entries(entries, collector.legacyFlags(), flags);
            }
        }
        if (format == CheckpointFormat.STUDIO) {
            StudioRules.check(state.summary(), entries, context.summary(), options.openWorkflow(), flags);
        }
        return new CheckpointInspection(format, base, files, pickle, state.summary(), meta.summary(),
                context.summary(), flags.attachTo(entries), flags.flags(), flags.worstSeverity());
    }

    private static PickleReport walk(PickleWalker walker, Path file) {
        try {
            return walker.walkFile(file);
        } catch (RuntimeException failure) {
            return PickleReport.refused(-1, "could not be walked (" + JsonFileReader.INTERNAL_ERROR + ": " + failure
                    + ")");
        } catch (IOException failure) {
            long size;
            try {
                size = Files.size(file);
            } catch (IOException unknown) {
                size = -1;
            }
            return PickleReport.refused(size, "could not be read: " + failure.getMessage());
        }
    }

    /** STATE/META_MISSING always; PKL_MISSING for Graflow sets; CONTEXT_MISSING for studio sets. */
    private static void missingFiles(Path base, CheckpointFormat format, Map<CheckpointFile, FileStatus> files,
                                     FlagCollector flags) {
        for (CheckpointFile file : CheckpointFile.values()) {
            boolean expected = switch (file) {
                case STATE, META -> true;
                case PKL -> format == CheckpointFormat.GRAFLOW || format == CheckpointFormat.GRAFLOW_LEGACY;
                case CONTEXT -> format == CheckpointFormat.STUDIO;
            };
            if (expected && files.get(file) == FileStatus.MISSING) {
                flags.add(FlagCode.missing(file), base.getFileName() + file.suffix() + " is missing");
            }
        }
    }
}
