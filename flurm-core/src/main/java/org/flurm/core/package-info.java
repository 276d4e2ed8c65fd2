/**
 * The cluster's state and the rules that change it: jobs, nodes and partitions as immutable
 * records, the commands that are applied to them in one order, and the scheduler that reads a
 * snapshot and proposes commands.
 */
package org.flurm.core;
