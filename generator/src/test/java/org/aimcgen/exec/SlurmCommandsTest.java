package org.aimcgen.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What the executor reads from squeue, and the --array lists it writes. */
class SlurmCommandsTest {

    @Test
    void squeueLinesGiveEveryTasksState() {
        // squeue --array lists a pending range once, with an optional throttle (%2).
        Map<Integer, String> s = SlurmCommands.parseStates("""
                0|COMPLETED
                1|RUNNING
                [2-4%2]|PENDING
                5|failed
                """);
        assertEquals(Map.of(0, "COMPLETED", 1, "RUNNING", 2, "PENDING", 3, "PENDING", 4, "PENDING", 5, "FAILED"), s);
        assertEquals(Map.of(7, "PENDING", 9, "PENDING"), SlurmCommands.parseStates("7,9|PENDING\n"));
        assertEquals(Map.of(), SlurmCommands.parseStates(""));
    }

    @Test
    void finalStates() {
        for (String s : List.of("COMPLETED", "FAILED", "TIMEOUT", "CANCELLED", "OUT_OF_MEMORY", "NODE_FAIL")) {
            assertTrue(SlurmCommands.isFinal(s), s);
        }
        for (String s : List.of("PENDING", "RUNNING", "COMPLETING", "CONFIGURING", "REQUEUED", "SUSPENDED")) {
            assertFalse(SlurmCommands.isFinal(s), s);
        }
    }

    @Test
    void arrayListsAreRanges() {
        assertEquals("0-3", SlurmCommands.arraySpec(List.of(0, 1, 2, 3)));
        assertEquals("1,4-5,7", SlurmCommands.arraySpec(List.of(1, 4, 5, 7)));
        assertEquals("2", SlurmCommands.arraySpec(List.of(2)));
        assertEquals("1000-1001", SlurmCommands.arraySpec(List.of(1000, 1001)));
    }
}
