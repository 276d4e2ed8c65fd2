package org.flurm.config.hostlist;

import java.util.Comparator;

/**
 * The top-down merge sort behind glibc's qsort (glibc 2.36, Debian 12), step for step.
 *
 * <p>SLURM sorts hostlists with qsort and a comparison that is not transitive and even changes
 * the ranges it compares (see {@link HostRange#widthsCombine}). The result therefore depends on
 * which pairs are compared in which order, so Java's own sort cannot stand in for it.
 */
final class GlibcMergeSort {

    private GlibcMergeSort() {
    }

    static <T> void sort(T[] items, Comparator<? super T> order) {
        final Object[] scratch = new Object[items.length];
        sort(items, 0, items.length, order, scratch);
    }

    private static <T> void sort(T[] items, int from, int n, Comparator<? super T> order,
                                 Object[] scratch) {
        if (n <= 1) {
            return;
        }
        final int n1 = n / 2;
        final int n2 = n - n1;
        sort(items, from, n1, order, scratch);
        sort(items, from + n1, n2, order, scratch);

        // Merge into the scratch space, taking from the left run on ties.
        int left = from;
        int right = from + n1;
        int leftLeft = n1;
        int rightLeft = n2;
        int out = 0;
        while (leftLeft > 0 && rightLeft > 0) {
            if (order.compare(items[left], items[right]) <= 0) {
                scratch[out++] = items[left++];
                leftLeft--;
            } else {
                scratch[out++] = items[right++];
                rightLeft--;
            }
        }
        while (leftLeft > 0) {
            scratch[out++] = items[left++];
            leftLeft--;
        }

        // What is left of the right run is already in place.
        for (int i = 0; i < out; i++) {
            @SuppressWarnings("unchecked")
            final T item = (T) scratch[i];
            items[from + i] = item;
        }
    }
}
