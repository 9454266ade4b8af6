package io.github.graflowstudio.checkpoint.studio;

import java.io.IOException;

/**
 * The fields of one record of a long array in a checkpoint file (a graph node, a pending entry)
 * as a reader fills them, and which of them were set; {@link #read} reads one record.
 *
 * <p>Records of a large set mostly differ only in their first members (ids, times): once those
 * are read, the rest of a record that repeats the previous record's rest byte for byte is taken
 * over from it ({@link JsonScanner#skipRepeatedRest}) instead of being scanned and decoded again.
 *
 * <p>Not thread-safe: one instance per reader, reused for every record.
 *
 * @param <F> the concrete fields type
 */
abstract class RecordFields<F extends RecordFields<F>> {
    /** Reads one member into the fields. */
    @FunctionalInterface
    interface MemberReader<F> {
        /**
         * Called with the scanner on the member's name; must read or skip the value (the scanner
         * ends on the value's last token).
         */
        void read(F fields, String name, JsonScanner scanner) throws IOException;
    }

    /** Fields set so far, as bits chosen by the subclass. */
    int assigned;
    /** Fields set since the rest of the record began. */
    int restAssigned;

    /** Encodes member names for {@link JsonScanner#next(JsonScanner.Name)}. */
    static JsonScanner.Name[] names(String... names) {
        JsonScanner.Name[] encoded = new JsonScanner.Name[names.length];
        for (int i = 0; i < names.length; i++) {
            encoded[i] = new JsonScanner.Name(names[i]);
        }
        return encoded;
    }

    /** Notes that {@code field} (one bit) was set. */
    final void assign(int field) {
        assigned |= field;
        restAssigned |= field;
    }

    /**
     * Reads the record the scanner is on (its start token) into these fields, emptied first.
     *
     * @param order     the members in the order the writer writes them (a hint that makes
     *                  matching names cheap; any order is read)
     * @param head      the fields that come first in every record, as bits
     * @param headCount how many members {@code head} is
     * @param lastRest  the previous record's rest, shared by the records of one array
     * @param reader    reads one member
     */
    @SuppressWarnings("unchecked")
    final void read(JsonScanner scanner, JsonScanner.Name[] order, int head, int headCount, JsonScanner.Repeated lastRest,
                    MemberReader<F> reader) throws IOException {
        F self = (F) this;
        clearValues();
        assigned = 0;
        restAssigned = 0;
        int member = 0;
        boolean restMarked = false;
        while (true) {
            if (member == headCount && assigned == head && !restMarked) {
                if (scanner.skipRepeatedRest(lastRest)) {
                    takeRest((F) lastRest.meaning());
                    assigned |= ((F) lastRest.meaning()).restAssigned;
                    break;
                }
                scanner.markRest();
                restMarked = true;
                restAssigned = 0;
            }
            if (scanner.next(member < order.length ? order[member] : null) != JsonScanner.Token.NAME) {
                break;
            }
            member++;
            reader.read(self, scanner.text(), scanner);
        }
        if (restMarked) {
            F copy = copy();
            copy.restAssigned = restAssigned;
            scanner.rememberRest(lastRest, copy);
        }
    }

    /** Empties every field. */
    abstract void clearValues();

    /** A copy of the fields' values. */
    abstract F copy();

    /**
     * Takes over what the rest of {@code other}'s record set ({@code other.restAssigned}): the
     * rest started right after the same head, so every field but the head's is either set by it
     * or still empty.
     */
    abstract void takeRest(F other);
}
