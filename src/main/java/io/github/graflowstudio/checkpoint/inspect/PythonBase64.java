package io.github.graflowstudio.checkpoint.inspect;

import java.util.Base64;

/**
 * Base64 as Python Graflow's legacy checkpoints need it decoded: strict first, and, like Python's
 * {@code b64decode}, with characters outside the alphabet (line breaks) skipped if that is what
 * made the strict decoder fail. Used by the inspector's checks and its payload view alike.
 * Stateless and thread-safe.
 */
public final class PythonBase64 {
    private PythonBase64() {
    }

    /**
     * The decoded bytes.
     *
     * @throws IllegalArgumentException if the text is not base64 even without the skipped characters
     */
    public static byte[] decode(String data) {
        try {
            return Base64.getDecoder().decode(data);
        } catch (IllegalArgumentException strictFailure) {
            String compact = data.replaceAll("[^A-Za-z0-9+/=]", "");
            if (compact.length() == data.length()) {
                throw strictFailure;
            }
            return Base64.getDecoder().decode(compact);
        }
    }
}
