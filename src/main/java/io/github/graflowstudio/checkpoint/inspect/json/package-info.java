/**
 * Jackson for checkpoint inspection: lenient streaming readers for the JSON files of a set
 * (Python's {@code NaN}/{@code Infinity} and big integers kept exactly, strict UTF-8, precise error
 * positions) and the {@code inspect --json} report writer. The only inspection package that
 * imports Jackson (style rule 3: Jackson stays in {@code json} packages).
 *
 * <p>May import {@code java.*}, {@code com.fasterxml.jackson.core}, {@code checkpoint.inspect.model}
 * and {@code checkpoint.pickle}.
 */
package io.github.graflowstudio.checkpoint.inspect.json;
