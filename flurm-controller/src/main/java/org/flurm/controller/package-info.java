/**
 * flurmctld: accepts the stock SLURM clients' and node daemons' connections, authenticates and
 * decodes each request, and answers it from the cluster state.
 */
package org.flurm.controller;
