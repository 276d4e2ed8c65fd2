/**
 * Acceptance scenarios: what the stock SLURM commands print against FLURM, compared with what
 * they print against the real SLURM 22.05.
 */
package org.flurm.acceptance;
