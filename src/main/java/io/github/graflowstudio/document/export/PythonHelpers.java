package io.github.graflowstudio.document.export;

/**
 * The Python helper functions that the exported script defines when it needs them: the
 * expression helpers used by translated JEXL ({@link ExpressionTranslator}) and the cycle guard of
 * nodes with {@code maxCycles}. Their names start with {@code _}, which no task function name does.
 * Stateless and thread-safe.
 */
final class PythonHelpers {
    /** Needs {@code import math} and {@code import re}. */
    static final String EXPRESSIONS = """
            _RESULT_SUFFIX = ".__result__"


            class _UndefinedVariable(NameError):
                \"""A name that is no built-in, no task result and no channel key.\"""


            def _lookup(ctx, name):
                \"""A JEXL variable, resolved as in Graflow Studio: the built-ins channel, results and
                task, then the result of the task called name, then the channel key name.\"""
                channel = ctx.get_channel()
                if name == "channel":
                    return {key: channel.get(key) for key in channel.keys()}
                if name == "results":
                    return {key[:-len(_RESULT_SUFFIX)]: channel.get(key)
                            for key in channel.keys() if key.endswith(_RESULT_SUFFIX)}
                if name == "task":
                    return {"id": ctx.task_id, "baseId": re.sub(r"(_cycle_\\d+_[0-9a-f]+)+$", "", ctx.task_id),
                            "cycle": ctx.cycle_count, "maxCycles": ctx.max_cycles,
                            "retry": ctx.retry_count, "maxRetries": ctx.max_retries}
                if channel.exists(name + _RESULT_SUFFIX):
                    return channel.get(name + _RESULT_SUFFIX)
                if channel.exists(name):
                    return channel.get(name)
                raise _UndefinedVariable("undefined variable '%s'" % name)


            def _coalesce(left, right):
                \"""JEXL's left ?? right: right when left is null or undefined.\"""
                try:
                    value = left()
                except _UndefinedVariable:
                    value = None
                return right() if value is None else value


            def _member(value, key):
                \"""JEXL's value.key and value[key]: a missing map key is null.\"""
                if isinstance(value, dict):
                    return value.get(key)
                if isinstance(value, (list, tuple, str)) and isinstance(key, int) and not isinstance(key, bool):
                    return value[key]
                raise TypeError("cannot read %r of %s" % (key, type(value).__name__))


            def _text(value):
                if isinstance(value, bool):
                    return "true" if value else "false"
                if value is None or isinstance(value, (dict, list, tuple)):
                    raise TypeError("cannot add %s to a string" % type(value).__name__)
                return str(value)


            def _add(left, right):
                \"""JEXL's +: concatenation when either side is a string.\"""
                if isinstance(left, str) or isinstance(right, str):
                    return _text(left) + _text(right)
                return left + right


            def _is_integer(value):
                return isinstance(value, int) and not isinstance(value, bool)


            def _div(left, right):
                \"""JEXL's /: integer division truncates toward zero.\"""
                if _is_integer(left) and _is_integer(right):
                    quotient = abs(left) // abs(right)
                    return quotient if (left < 0) == (right < 0) else -quotient
                return left / right


            def _mod(left, right):
                \"""JEXL's %: the remainder has the sign of the left side.\"""
                if _is_integer(left) and _is_integer(right):
                    remainder = abs(left) % abs(right)
                    return -remainder if left < 0 else remainder
                return math.fmod(left, right)


            def _size(value):
                return 0 if value is None else len(value)


            def _empty(value):
                return value is None or (hasattr(value, "__len__") and len(value) == 0)


            def _condition(value):
                \"""A branch condition must be true or false.\"""
                if not isinstance(value, bool):
                    raise TypeError("condition: must evaluate to true or false, was %r" % (value,))
                return value
            """;

    /** The guard that makes {@code maxCycles} bound edge and goto cycles, as Graflow Studio does. */
    static final String CYCLES = """
            def _check_cycles(ctx):
                \"""Fails a task that started more runs than its max_cycles.\"""
                if ctx.cycle_count > ctx.max_cycles:
                    raise RuntimeError("Cycle limit exceeded for task '%s': %d/%d"
                                       % (ctx.task_id, ctx.cycle_count, ctx.max_cycles))
            """;

    private PythonHelpers() {
    }
}
