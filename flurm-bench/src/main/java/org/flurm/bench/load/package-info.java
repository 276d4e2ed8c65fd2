/**
 * Wire-level load: clients that speak SLURM's protocol to a controller directly, without
 * starting a client process per request, so that the controller is what gets measured.
 */
package org.flurm.bench.load;
