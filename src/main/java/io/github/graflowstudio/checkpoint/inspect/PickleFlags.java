package io.github.graflowstudio.checkpoint.inspect;

import io.github.graflowstudio.checkpoint.inspect.model.FlagCode;
import io.github.graflowstudio.checkpoint.pickle.PickleGlobal;
import io.github.graflowstudio.checkpoint.pickle.PickleReport;
import java.util.List;
import java.util.stream.Collectors;

/** Flags and message text for the pickle check of a set's {@code .pkl}. Stateless and thread-safe. */
final class PickleFlags {
    private PickleFlags() {
    }

    /** Adds PKL_INVALID and PICKLE_UNSAFE_GLOBAL as the report calls for. */
    static void add(FlagCollector flags, PickleReport report, String fileName) {
        if (!report.valid()) {
            flags.add(FlagCode.PKL_INVALID, fileName + ": " + report.problem());
            return;
        }
        if (report.externalReferences() > 0) {
            flags.add(FlagCode.PKL_INVALID, fileName + ": " + report.externalReferences()
                    + " opcode(s) need data from outside the file (persistent ids, out-of-band buffers or extension"
                    + " codes), so a plain load fails");
        }
        if (report.hasUnsafeGlobals() || report.unresolvedGlobals() > 0) {
            flags.add(FlagCode.PICKLE_UNSAFE_GLOBAL, fileName + " " + describeUnsafe(report));
        }
    }

    /** "names unsafe globals os.system (runs ...)" and/or the unresolved count. */
    static String describeUnsafe(PickleReport report) {
        StringBuilder text = new StringBuilder();
        List<PickleGlobal> unsafe = report.unsafeGlobals();
        if (!unsafe.isEmpty() || report.unlistedUnsafeGlobals() > 0) {
            text.append("names unsafe globals ").append(unsafe.stream().limit(12)
                    .map(global -> global.qualifiedName() + " (" + global.unsafeReason() + ")")
                    .collect(Collectors.joining(", ")));
            long more = unsafe.size() - Math.min(12, unsafe.size()) + report.unlistedUnsafeGlobals();
            if (more > 0) {
                text.append(" and ").append(more).append(" more");
            }
        }
        if (report.unresolvedGlobals() > 0) {
            text.append(text.length() > 0 ? "; " : "").append("names ").append(report.unresolvedGlobals())
                    .append(" global(s) whose names could not be resolved (could be anything)");
        }
        return text.toString();
    }

    /** The first {@code limit} globals as text, with a count of the rest. */
    static String listGlobals(List<PickleGlobal> globals, int limit) {
        if (globals.isEmpty()) {
            return "no globals";
        }
        String listed = globals.stream().limit(limit).map(PickleGlobal::qualifiedName)
                .collect(Collectors.joining(", "));
        return globals.size() > limit ? listed + " and " + (globals.size() - limit) + " more" : listed;
    }
}
