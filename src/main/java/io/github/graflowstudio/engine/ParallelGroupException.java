package io.github.graflowstudio.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parallel group's policy judged the group failed. Carries the failed and successful member ids. */
public final class ParallelGroupException extends GraflowRuntimeException {
    private static final long serialVersionUID = 1L;
    private final String groupId;
    private final Map<String, String> failedTasks;
    private final List<String> successfulTasks;

    /** Makes the exception; {@code failedTasks} maps member id to error message, in member order. */
    public ParallelGroupException(String message, String groupId, Map<String, String> failedTasks,
                                  List<String> successfulTasks) {
        super(message);
        this.groupId = groupId;
        this.failedTasks = Collections.unmodifiableMap(new LinkedHashMap<>(failedTasks));
        this.successfulTasks = List.copyOf(successfulTasks);
    }

    /** The group id. */
    public String groupId() {
        return groupId;
    }

    /** Failed member ids with their messages, in member order. */
    public Map<String, String> failedTasks() {
        return failedTasks;
    }

    /** Successful member ids in member order. */
    public List<String> successfulTasks() {
        return successfulTasks;
    }
}
