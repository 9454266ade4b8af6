package io.github.graflowstudio.checkpoint.pickle;

import java.util.Map;

/**
 * The list of Python globals that would run commands, evaluate code, open files or sockets,
 * import modules or load further serialised data if a pickle naming them were loaded. Used to
 * tag {@link PickleGlobal}s; the walker itself never loads anything. Stateless and thread-safe.
 */
public final class UnsafeGlobals {
    private static final String COMMANDS = "runs operating-system commands or processes";
    private static final String SYSTEM = "reaches the interpreter or the operating system";
    private static final String CODE = "evaluates or compiles code";
    private static final String FILES = "opens or changes files";
    private static final String NETWORK = "opens network connections";
    private static final String IMPORTS = "imports modules";
    private static final String LOADS = "loads further pickled or marshalled data";
    private static final String ATTRIBUTES = "reads or writes arbitrary attributes";

    /** Whole modules (and their submodules). */
    private static final Map<String, String> MODULES = Map.ofEntries(
            Map.entry("os", COMMANDS), Map.entry("posix", COMMANDS), Map.entry("nt", COMMANDS),
            Map.entry("subprocess", COMMANDS), Map.entry("_posixsubprocess", COMMANDS),
            Map.entry("pty", COMMANDS), Map.entry("commands", COMMANDS), Map.entry("popen2", COMMANDS),
            Map.entry("multiprocessing", COMMANDS), Map.entry("_winapi", COMMANDS),
            Map.entry("asyncio.subprocess", COMMANDS), Map.entry("webbrowser", COMMANDS),
            Map.entry("sys", SYSTEM), Map.entry("ctypes", SYSTEM), Map.entry("_ctypes", SYSTEM),
            Map.entry("shutil", FILES), Map.entry("tempfile", FILES),
            Map.entry("socket", NETWORK), Map.entry("_socket", NETWORK), Map.entry("ssl", NETWORK),
            Map.entry("http.client", NETWORK), Map.entry("urllib.request", NETWORK),
            Map.entry("ftplib", NETWORK), Map.entry("telnetlib", NETWORK), Map.entry("smtplib", NETWORK),
            Map.entry("importlib", IMPORTS), Map.entry("imp", IMPORTS), Map.entry("pkgutil", IMPORTS),
            Map.entry("runpy", CODE), Map.entry("code", CODE), Map.entry("codeop", CODE),
            Map.entry("pdb", CODE), Map.entry("timeit", CODE), Map.entry("bdb", CODE));

    /** Single attributes of otherwise harmless modules. */
    private static final Map<String, String> ATTRIBUTES_BY_NAME = Map.ofEntries(
            Map.entry("eval", CODE), Map.entry("exec", CODE), Map.entry("execfile", CODE),
            Map.entry("compile", CODE), Map.entry("__import__", IMPORTS), Map.entry("getattr", ATTRIBUTES),
            Map.entry("setattr", ATTRIBUTES), Map.entry("delattr", ATTRIBUTES), Map.entry("open", FILES),
            Map.entry("file", FILES), Map.entry("input", SYSTEM), Map.entry("breakpoint", CODE),
            Map.entry("globals", ATTRIBUTES), Map.entry("locals", ATTRIBUTES), Map.entry("vars", ATTRIBUTES),
            Map.entry("apply", CODE), Map.entry("exit", SYSTEM), Map.entry("quit", SYSTEM));

    private static final Map<String, String> EXACT = Map.ofEntries(
            Map.entry("marshal.loads", LOADS), Map.entry("marshal.load", LOADS),
            Map.entry("pickle.loads", LOADS), Map.entry("pickle.load", LOADS),
            Map.entry("pickle.Unpickler", LOADS), Map.entry("_pickle.loads", LOADS),
            Map.entry("_pickle.load", LOADS), Map.entry("_pickle.Unpickler", LOADS),
            Map.entry("cloudpickle.loads", LOADS), Map.entry("cloudpickle.load", LOADS),
            Map.entry("cloudpickle.cloudpickle.loads", LOADS), Map.entry("dill.loads", LOADS),
            Map.entry("dill.load", LOADS), Map.entry("io.open", FILES), Map.entry("_io.open", FILES),
            Map.entry("io.FileIO", FILES), Map.entry("_io.FileIO", FILES), Map.entry("codecs.open", FILES),
            Map.entry("cProfile.run", CODE), Map.entry("profile.run", CODE), Map.entry("platform.popen", COMMANDS));

    private UnsafeGlobals() {
    }

    /**
     * Why a global is unsafe.
     *
     * @param module the module name as written in the pickle
     * @param name   the attribute name as written in the pickle
     * @return a short reason, or {@code null} when the global is not on the list
     */
    public static String reason(String module, String name) {
        String exact = EXACT.get(module + "." + name);
        if (exact != null) {
            return exact;
        }
        if (module.equals("builtins") || module.equals("__builtin__") || module.equals("__builtins__")) {
            String builtin = ATTRIBUTES_BY_NAME.get(name);
            if (builtin != null) {
                return builtin;
            }
        }
        String current = module;
        while (true) {
            String reason = MODULES.get(current);
            if (reason != null) {
                return reason;
            }
            int dot = current.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            current = current.substring(0, dot);
        }
    }

    /** Whether a global is on the list. */
    public static boolean isUnsafe(String module, String name) {
        return reason(module, name) != null;
    }
}
