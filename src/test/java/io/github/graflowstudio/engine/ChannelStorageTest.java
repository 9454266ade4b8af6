package io.github.graflowstudio.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The compact storage behind channels and run tables, checked against the JDK's ordered map. */
class ChannelStorageTest {

    @Test
    void compactMapBehavesLikeALinkedHashMapUnderRandomOperations() {
        for (long seed = 1; seed <= 30; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            CompactMap map = new CompactMap();
            LinkedHashMap<String, Object> reference = new LinkedHashMap<>();
            int keySpace = 1 + random.nextInt(300);
            for (int op = 0; op < 3000; op++) {
                String key = "k" + random.nextInt(keySpace);
                int choice = random.nextInt(10);
                if (choice < 6) {
                    Object value = random.nextInt(4) == 0 ? null : op;
                    map.put(key, value);
                    reference.put(key, value);
                } else if (choice < 9) {
                    boolean expected = reference.containsKey(key);
                    reference.remove(key);
                    assertEquals(expected, map.remove(key), "seed " + seed + " op " + op);
                } else if (random.nextInt(50) == 0) {
                    map.clear();
                    reference.clear();
                }
                assertEquals(reference.size(), map.size(), "seed " + seed + " op " + op);
            }
            assertEquals(reference, map.toMap(), "seed " + seed);
            int limit = random.nextInt(reference.size() + 2);
            assertEquals(reference.entrySet().stream().limit(limit).toList(),
                    List.copyOf(map.toMap(limit).entrySet()), "first " + limit + " entries, seed " + seed);
            assertEquals(List.copyOf(reference.keySet()), List.of(map.keys()), "order, seed " + seed);
            for (int k = 0; k < keySpace; k++) {
                String key = "k" + k;
                assertEquals(reference.containsKey(key), map.containsKey(key));
                assertEquals(reference.get(key), map.get(key));
                assertEquals(reference.getOrDefault(key, "absent"), map.getOrDefault(key, "absent"));
            }
        }
    }

    @Test
    void compactMapKeepsThePlaceOfAResetKeyAndMovesAReaddedOne() {
        CompactMap map = new CompactMap();
        map.put("a", 1);
        map.put("b", 2);
        map.put("c", 3);
        map.put("a", 10);
        assertEquals(List.of("a", "b", "c"), List.of(map.keys()));
        map.remove("a");
        map.put("a", 11);
        assertEquals(List.of("b", "c", "a"), List.of(map.keys()));
        assertEquals(Map.of("a", 11, "b", 2, "c", 3), map.toMap());
    }

    @Test
    void aMemoryChannelSupportsGraflowsOperations() {
        MemoryChannel channel = new MemoryChannel(Map.of("seed", 1));
        channel.set("x", null);
        assertTrue(channel.exists("x"));
        assertEquals("default", channel.get("missing", "default"));
        assertEquals(null, channel.get("x", "default"), "a stored null is a value");
        assertEquals(1, channel.append("list", "a"));
        assertEquals(2, channel.prepend("list", "b"));
        assertEquals(List.of("b", "a"), channel.get("list"));
        assertEquals(5L, channel.atomicAdd("counter", 5));
        assertEquals(7L, channel.atomicAdd("counter", 2));
        assertEquals(7.5, channel.atomicAdd("counter", 0.5));
        assertThrows(IllegalArgumentException.class, () -> channel.atomicAdd("list", 1));
        assertThrows(IllegalArgumentException.class, () -> channel.append("seed", 1));
        assertThrows(NullPointerException.class, () -> channel.set(null, 1));
        assertTrue(channel.delete("seed"));
        assertFalse(channel.delete("seed"));
        assertEquals(List.of("x", "list", "counter"), channel.keys());
        channel.set("fixed", List.of(1));
        assertEquals(2, channel.append("fixed", 2), "an immutable list is copied before appending");
        channel.clear();
        assertEquals(0, channel.size());
    }

    @Test
    void runTablesCountIdsThatAreNotNodesYetAndAdoptThemLater() {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.noop("a"));
        IdTable table = new IdTable(graph);
        TaskGraph.Node a = graph.node("a");

        assertEquals(1, table.increment(a));
        table.add("later", 3);
        assertEquals(3, table.get("later", 0));
        graph.addNode(Tasks.noop("later"));
        TaskGraph.Node later = graph.node("later");
        assertEquals(4, table.increment(later), "the value stored under the id is adopted by the node");
        assertEquals(List.of("a", "later"), table.keys());
        assertEquals(Map.of("a", 1, "later", 4), table.toMap());
        assertThrows(IllegalArgumentException.class, () -> table.put("a", -1));
    }

    @Test
    void runTablesGrowForLargeGraphs() {
        TaskGraph graph = new TaskGraph();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add("n" + i);
            graph.addNode(Tasks.noop("n" + i));
        }
        IdTable table = new IdTable(graph);
        for (int i = ids.size() - 1; i >= 0; i -= 3) {
            table.increment(graph.node(ids.get(i)));
        }
        assertEquals(1667, table.size());
        assertEquals(1, table.get("n4999", 0));
        assertEquals(0, table.get("n4998", 0));
        assertEquals("n4999", table.keys().get(0), "first-insertion order");
    }

    @Test
    void boundedSnapshotsCopyOnlyTheFirstEntriesInOrder() {
        MemoryChannel channel = new MemoryChannel();
        for (int i = 0; i < 1000; i++) {
            channel.set("k" + i, i);
        }
        channel.delete("k1");
        assertEquals(List.of("k0", "k2", "k3"), List.copyOf(channel.snapshot(3).keySet()));
        assertEquals(999, channel.snapshot(5000).size());
        assertTrue(channel.snapshot(0).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> channel.snapshot(-1));
    }

    @Test
    void nodeSlotsBehaveLikeAMapBeforeAndAfterTheSwitchToPages() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            NodeSlots slots = new NodeSlots();
            Map<Integer, Integer> reference = new HashMap<>();
            int indexSpace = 1 + random.nextInt(seed % 2 == 0 ? 100 : 5000);
            int entries = random.nextInt(3 * NodeSlots.SPARSE_LIMIT);
            for (int op = 0; op < entries * 3; op++) {
                int index = random.nextInt(indexSpace);
                if (random.nextBoolean()) {
                    int slot = 1 + random.nextInt(1000);
                    slots.store(index, slot);
                    reference.put(index, slot);
                }
                assertEquals(reference.getOrDefault(index, 0), slots.get(index), "seed " + seed + " op " + op);
            }
            for (int index = 0; index < indexSpace + 2000; index++) {
                assertEquals(reference.getOrDefault(index, 0), slots.get(index), "seed " + seed + " index " + index);
            }
        }
    }

    @Test
    void aBranchSizedRunTableStaysSparse() {
        TaskGraph graph = new TaskGraph();
        for (int i = 0; i < 3000; i++) {
            graph.addNode(Tasks.noop("n" + i));
        }
        IdTable table = new IdTable(graph);
        table.increment(graph.node("n2999"));
        table.put(graph.node("n5"), 0);
        table.add("not-a-node", 2);

        assertEquals(List.of("n2999", "n5", "not-a-node"), table.keys());
        assertEquals(Map.of("n2999", 1, "n5", 0, "not-a-node", 2), table.toMap());
        assertTrue(table.contains("n5"));
        assertFalse(table.contains("n6"));
        assertFalse(table.contains("unknown"));
    }

    @Test
    void aCompactMapCopyKeepsTheOrderAndIsIndependent() {
        CompactMap map = new CompactMap();
        for (int i = 0; i < 40; i++) {
            map.put("k" + i, i);
        }
        for (int i = 0; i < 40; i += 3) {
            map.remove("k" + i);
        }
        map.put("k0", "back at the end");
        CompactMap copy = map.copy();

        assertEquals(map.toMap(), copy.toMap());
        assertEquals(List.of(map.keys()), List.of(copy.keys()));
        copy.put("k1", "changed");
        copy.put("new", 1);
        copy.remove("k2");
        assertEquals(1, map.get("k1"));
        assertFalse(map.containsKey("new"));
        assertTrue(map.containsKey("k2"));
        assertEquals(0, new CompactMap().copy().size());
    }

    @Test
    void puttingAllOfACompactMapEqualsPuttingItsEntriesInOrder() {
        CompactMap source = new CompactMap();
        source.put("b", 1);
        source.put("gone", 0);
        source.put("a", null);
        source.remove("gone");
        source.put("c", 3);
        CompactMap target = new CompactMap();
        target.put("a", "old");
        target.put("z", 26);
        LinkedHashMap<String, Object> reference = new LinkedHashMap<>(target.toMap());
        reference.putAll(source.toMap());

        target.putAll(source);

        assertEquals(reference, target.toMap());
        assertEquals(List.copyOf(reference.keySet()), List.of(target.keys()), "a kept its place, b and c appended");
    }

    @Test
    void addingARunTableAddsEveryValueInItsOrder() {
        TaskGraph graph = new TaskGraph();
        graph.addNode(Tasks.noop("a"));
        graph.addNode(Tasks.noop("b"));
        IdTable parent = new IdTable(graph);
        parent.increment(graph.node("b"));
        parent.add("restored", 5);
        IdTable branch = new IdTable(graph);
        branch.increment(graph.node("a"));
        branch.increment(graph.node("b"));
        branch.increment(graph.node("b"));
        branch.add("restored", 1);
        branch.add("pending", 2);
        graph.addNode(Tasks.noop("pending"));

        parent.addAll(branch);

        assertEquals(List.of("b", "restored", "a", "pending"), parent.keys());
        assertEquals(Map.of("a", 1, "b", 3, "restored", 6, "pending", 2), parent.toMap());
    }
}
