package org.flurm.protocol.message.info;

/**
 * The job's socket/core/thread layout request ({@code multi_core_data}, job field #105):
 * {@code -B}, {@code --ntasks-per-*}, {@code -m plane}. NO_VAL16 and INFINITE16 mark unset
 * values the way sbatch sends them.
 */
public record MultiCore(int boardsPerNode, int socketsPerBoard, int socketsPerNode,
                        int coresPerSocket, int threadsPerCore, int ntasksPerBoard,
                        int ntasksPerSocket, int ntasksPerCore, int planeSize) {
}
