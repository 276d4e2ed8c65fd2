package org.flurm.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The .scn line format. */
class ScenarioParserTest {

    @Test
    void everyKindOfLineBecomesItsStep() {
        final Scenario s = ScenarioParser.parse("x", """
                # a comment
                ci
                user
                setup scontrol create PartitionName=p Nodes=n1
                run sbatch --hold \\
                  --wrap true
                run-user squeue
                parallel 4 sbatch --hold --wrap true
                wait J1 RUNNING 5
                wait-reason J2 DependencyNeverSatisfied
                wait-empty
                cleanup scontrol delete PartitionName=p
                """);

        assertThat(s.ci()).isTrue();
        assertThat(s.needsSecondUser()).isTrue();
        assertThat(s.steps()).containsExactly(
                new Step.Setup("scontrol create PartitionName=p Nodes=n1"),
                new Step.Run("sbatch --hold    --wrap true", false),
                new Step.Run("squeue", true),
                new Step.Parallel(4, "sbatch --hold --wrap true", false),
                new Step.WaitState("J1", "JobState", "RUNNING", 5),
                new Step.WaitState("J2", "Reason", "DependencyNeverSatisfied", 30),
                new Step.WaitEmpty(30),
                new Step.Cleanup("scontrol delete PartitionName=p"));
    }

    @Test
    void aSecondUserCommandWithoutTheUserLineIsRefused() {
        assertThatThrownBy(() -> ScenarioParser.parse("x", "run-user squeue\n"))
                .hasMessage("x: runs as the second user without 'user'");
    }

    @Test
    void anUnknownKeywordNamesFileAndLine() {
        assertThatThrownBy(() -> ScenarioParser.parse("x", "ci\nrnu squeue\n"))
                .hasMessage("x.scn:2: cannot read: rnu squeue");
    }
}
