package org.flurm.config.slurm;

/** A key SLURM knows, spelt as SLURM spells it, and how its value is read. */
public record KeySpec(String name, ValueType type) {
}
