/**
 * The machinery of the acceptance suite: scenarios of stock SLURM commands read from data
 * files, run against a target (the real SLURM 22.05 or FLURM), normalised by one set of
 * reviewed rules, and compared as text.
 */
package org.flurm.acceptance;
