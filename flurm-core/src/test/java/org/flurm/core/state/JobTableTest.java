package org.flurm.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobTableTest {

    private static Job job(int id) {
        return Jobs.requested("j" + id, 1000, "debug", false).withIdentity(id,
                new Job.Times(id, id, 0, 0, 10, -2, 0));
    }

    @Test
    void jobsAreFoundByIdAndListedInIdOrderAcrossChunks() {
        JobTable table = JobTable.empty(1);
        for (int id = 1; id <= 3000; id += 7) {
            table = table.with(job(id));
        }

        assertThat(table.size()).isEqualTo(429);
        assertThat(table.get(1 + 7 * 300).orElseThrow().name()).isEqualTo("j2101");
        assertThat(table.get(2)).isEmpty();
        assertThat(table.get(0)).isEmpty();
        assertThat(table.get(5000)).isEmpty();
        assertThat(table.toList().get(428).jobId()).isEqualTo(2997);
    }

    @Test
    void aTableTakenBeforeAChangeDoesNotSeeIt() {
        final JobTable before = JobTable.empty(1).with(job(1)).with(job(2));

        final JobTable after = before.with(job(2).withName("renamed")).with(job(3)).without(1);

        assertThat(before.size()).isEqualTo(2);
        assertThat(before.get(2).orElseThrow().name()).isEqualTo("j2");
        assertThat(before.get(1)).isPresent();
        assertThat(after.size()).isEqualTo(2);
        assertThat(after.get(2).orElseThrow().name()).isEqualTo("renamed");
        assertThat(after.get(1)).isEmpty();
    }

    @Test
    void aJobsLaunchNeverPrintsItsScriptOrEnvironment() {
        assertThat(job(1).toString()).doesNotContain("SECRET").doesNotContain("#!/bin/sh");
    }
}
