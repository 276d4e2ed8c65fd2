/**
 * flurmd: registers a compute host with the controller, runs batch jobs as the submitting user
 * with SLURM's environment and output files, and reports how they ended.
 */
package org.flurm.node;
