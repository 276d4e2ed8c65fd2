/** The Prometheus endpoint and the health check that operators scrape. */
package org.flurm.metrics;
