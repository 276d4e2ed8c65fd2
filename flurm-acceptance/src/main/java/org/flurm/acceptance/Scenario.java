package org.flurm.acceptance;

import java.util.List;

/**
 * A scenario read from a {@code .scn} file: a name (the file's), whether it belongs to the fast
 * subset that CI runs against the real SLURM, whether it needs the second user, and its steps.
 */
public record Scenario(String name, boolean ci, boolean needsSecondUser, List<Step> steps) {

    public Scenario {
        steps = List.copyOf(steps);
    }

    /** The steps run at the end whatever happened before. */
    public List<Step.Cleanup> cleanups() {
        return steps.stream()
                .filter(Step.Cleanup.class::isInstance)
                .map(Step.Cleanup.class::cast)
                .toList();
    }
}
