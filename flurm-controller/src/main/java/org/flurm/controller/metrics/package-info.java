/** The controller's figures for the metrics endpoint, counted from its state. */
package org.flurm.controller.metrics;
