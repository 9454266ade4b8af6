package io.github.graflowstudio.document.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the cycles of a directed graph as strongly connected components (Kosaraju, iterative, so
 * large documents cannot overflow the stack). Deterministic: components and their members follow
 * the order of the given ids. Stateless and thread-safe.
 */
final class CycleFinder {
    private CycleFinder() {
    }

    /**
     * The components that contain a cycle: two or more ids, or one id with an edge to itself.
     *
     * @param ids        all ids, in the order results should follow
     * @param successors the successors of an id (ids outside {@code ids} are ignored)
     */
    static List<List<String>> cycles(List<String> ids, Function<String, List<String>> successors) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.putIfAbsent(ids.get(i), i);
        }
        Map<String, List<String>> forward = new LinkedHashMap<>();
        Map<String, List<String>> backward = new LinkedHashMap<>();
        for (String id : ids) {
            forward.put(id, new ArrayList<>());
            backward.computeIfAbsent(id, key -> new ArrayList<>());
        }
        for (String id : ids) {
            for (String next : successors.apply(id)) {
                if (position.containsKey(next)) {
                    forward.get(id).add(next);
                    backward.get(next).add(id);
                }
            }
        }
        List<String> finished = finishOrder(ids, forward);
        Set<String> assigned = new HashSet<>();
        List<List<String>> cycles = new ArrayList<>();
        for (int i = finished.size() - 1; i >= 0; i--) {
            String root = finished.get(i);
            if (assigned.contains(root)) {
                continue;
            }
            List<String> component = new ArrayList<>();
            Deque<String> pending = new ArrayDeque<>();
            pending.push(root);
            assigned.add(root);
            while (!pending.isEmpty()) {
                String id = pending.pop();
                component.add(id);
                for (String previous : backward.get(id)) {
                    if (assigned.add(previous)) {
                        pending.push(previous);
                    }
                }
            }
            component.sort(Comparator.comparing(position::get));
            String only = component.get(0);
            if (component.size() > 1 || forward.get(only).contains(only)) {
                cycles.add(component);
            }
        }
        cycles.sort(Comparator.comparing(component -> position.get(component.get(0))));
        return cycles;
    }

    private static List<String> finishOrder(List<String> ids, Map<String, List<String>> forward) {
        List<String> finished = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (String start : ids) {
            if (!visited.add(start)) {
                continue;
            }
            Deque<String> nodes = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            nodes.push(start);
            next.push(0);
            while (!nodes.isEmpty()) {
                String id = nodes.peek();
                int index = next.pop();
                List<String> successors = forward.get(id);
                if (index < successors.size()) {
                    next.push(index + 1);
                    String successor = successors.get(index);
                    if (visited.add(successor)) {
                        nodes.push(successor);
                        next.push(0);
                    }
                } else {
                    nodes.pop();
                    finished.add(id);
                }
            }
        }
        return finished;
    }
}
