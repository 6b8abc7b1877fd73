package org.aimcgen.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The local pool: results in input order whatever the finishing order, and a status for every result. */
class LocalExecutorTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void keepsInputOrderAndReportsProgress(int jobs) {
        List<PointTask<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            // The first tasks sleep longest, so with two threads they finish out of order.
            tasks.add(PointTask.local(() -> {
                Thread.sleep(5L * (8 - n));
                return n * n;
            }));
        }
        List<PointExecutor.Status> seen = new ArrayList<>();
        List<Integer> arrived = new ArrayList<>();
        List<Integer> results = new LocalExecutor(jobs, "test").run(tasks, (r, s) -> {
            arrived.add(r);
            seen.add(s);
        });
        assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49), results);
        assertEquals(8, seen.size());
        for (int i = 0; i < 8; i++) {
            assertEquals(i + 1, seen.get(i).done());
            assertEquals(8, seen.get(i).total());
        }
        PointExecutor.Status last = seen.get(7);
        assertTrue(last.due(), "the last result is always reported");
        assertEquals("done", last.left());
        assertEquals(0.0, last.leftS());
        assertTrue(seen.get(3).left().matches("about \\d+\\.\\d s left"), seen.get(3).left());
        assertEquals(List.of(0, 1, 4, 9, 16, 25, 36, 49), arrived.stream().sorted().toList());
    }

    @Test
    void anEmptyBatchRunsNothing() {
        assertEquals(List.of(), new LocalExecutor(2, "test").run(List.<PointTask<String>>of(),
                PointExecutor.Progress.none()));
    }

    @Test
    void aTaskExceptionIsThrownWhole() {
        List<PointTask<String>> tasks = List.of(PointTask.local(() -> "ok"), PointTask.local(() -> {
            throw new IllegalArgumentException("bad point");
        }));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LocalExecutor(2, "test").run(tasks, PointExecutor.Progress.none()));
        assertEquals("bad point", e.getMessage());
    }

    @Test
    void executorNames() {
        assertEquals(ExecutorKind.SLURM, ExecutorKind.parse("slurm"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ExecutorKind.parse("pbs"));
        assertEquals("--executor: 'pbs' is not an executor; allowed: local, slurm", e.getMessage());
    }
}
