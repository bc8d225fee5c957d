package dev.toolspend.ingest.table;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InParallelTest {

    private static List<InParallel.Task<Integer>> counting(int n) {
        List<InParallel.Task<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int value = i;
            tasks.add(() -> {
                try {
                    Thread.sleep((n - value) % 3);     // later tasks tend to finish first
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return value;
            });
        }
        return tasks;
    }

    @Test
    void resultsComeInTheOrderTheTasksWereGiven() throws IOException {
        assertThat(InParallel.run("t", 3, counting(20), "counting")).containsExactly(
                0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
        assertThat(InParallel.run("t", 2, counting(0), "nothing")).isEmpty();
    }

    @Test
    void aResultToStopAtGivesNull() throws IOException {
        assertThat(InParallel.run("t", 2, counting(10), "counting", value -> value == 4)).isNull();
    }

    @Test
    void aTasksFailureIsRethrownAsItWas() {
        List<InParallel.Task<Integer>> io = List.of(() -> 1, () -> {
            throw new IOException("the file changed");
        });
        assertThatThrownBy(() -> InParallel.run("t", 2, io, "reading")).isInstanceOf(IOException.class)
                .hasMessage("the file changed");
        List<InParallel.Task<Integer>> runtime = List.of(() -> {
            throw new IllegalStateException("bug");
        });
        assertThatThrownBy(() -> InParallel.run("t", 2, runtime, "reading")).isInstanceOf(IllegalStateException.class);
        List<InParallel.Task<Integer>> error = List.of(() -> {
            throw new OutOfMemoryError("heap");
        });
        assertThatThrownBy(() -> InParallel.run("t", 2, error, "reading")).isInstanceOf(OutOfMemoryError.class);
    }
}
