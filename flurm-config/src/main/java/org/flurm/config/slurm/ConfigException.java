package org.flurm.config.slurm;

import java.util.List;

/**
 * A configuration SLURM 22.05 would refuse. {@link #problems()} lists every problem in the
 * order SLURM reports them; the message is the first of them.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigProblem> problems;

    public ConfigException(List<ConfigProblem> problems) {
        super(problems.isEmpty() ? "invalid configuration" : problems.getFirst().toString());
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, first one first. */
    public List<ConfigProblem> problems() {
        return problems;
    }
}
