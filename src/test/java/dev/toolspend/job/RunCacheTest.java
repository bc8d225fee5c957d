package dev.toolspend.job;

import dev.toolspend.ingest.table.ReadCache;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RunCacheTest {

    @Test
    void eachRunReadsWithACacheOfItsOwn() {
        RunCache runs = new RunCache(1);
        ReadCache first = runs.start(null);
        assertThat(runs.current()).isSameAs(first);
        runs.end();
        ReadCache next = runs.current();
        assertThat(next).as("nothing read outlives its run").isNotSameAs(first);
        assertThat(runs.start(null)).isNotSameAs(next);
        assertThat(next.threads()).isEqualTo(1);
    }
}
