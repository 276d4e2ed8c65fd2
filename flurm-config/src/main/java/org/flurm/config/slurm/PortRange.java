package org.flurm.config.slurm;

/** Ports {@code first..last} inclusive; SlurmctldPort=6817-6820 listens on all four. */
public record PortRange(int first, int last) {

    public PortRange {
        if (first <= 0 || last < first) {
            throw new IllegalArgumentException("bad port range " + first + "-" + last);
        }
    }

    /** How many ports the range holds. */
    public int count() {
        return last - first + 1;
    }
}
