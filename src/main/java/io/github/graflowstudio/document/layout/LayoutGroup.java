package io.github.graflowstudio.document.layout;

import java.util.List;
import java.util.Objects;

/**
 * A group laid out as one box containing its members. Members are node ids or ids of other
 * groups (nesting); an element belongs to at most one group. Unknown members, members already
 * claimed by another group and memberships that would make a group contain itself are ignored
 * with a note in the result. A group without members is laid out as an empty box. Immutable and
 * thread-safe.
 *
 * @param id        the group's id, unique among nodes and groups of a request
 * @param memberIds ids of the member nodes and groups, in order
 */
public record LayoutGroup(String id, List<String> memberIds) {

    /** Checks the arguments and copies the member list. */
    public LayoutGroup {
        Objects.requireNonNull(id, "id");
        memberIds = List.copyOf(memberIds);
    }

    /** A group with the given members. */
    public static LayoutGroup of(String id, String... memberIds) {
        return new LayoutGroup(id, List.of(memberIds));
    }
}
