package org.flurm.controller.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.flurm.core.scheduler.DependencyState;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.Job;
import org.flurm.protocol.message.info.JobState;

/**
 * A job's {@code --dependency} list (after, afterany, afterok, afternotok, singleton) read
 * against the current state: each term is met, may still be met, or never can be, and the
 * list shows in {@code scontrol show job} as slurmctld shows it, met terms left out and the
 * others marked {@code (unfulfilled)} or {@code (failed)}.
 *
 * <p>A term naming a job the controller does not know (never submitted, or purged after
 * MinJobAge) counts as met, as slurmctld counts it.
 *
 * <p>LIMIT: only ","-joined terms (all must hold) are read; "?"-joined alternatives,
 * aftercorr, afterburstbuffer and the +time suffix count as never met.
 */
public final class Dependencies {

    /** How far one term is. */
    enum Status { MET, WAITING, FAILED }

    /** One term: a kind and a job id (0 for singleton). */
    record Term(String kind, int jobId) {
    }

    private Dependencies() {
    }

    /** The terms of {@code expression}, or null when it cannot be read. */
    static List<Term> parse(String expression) {
        final List<Term> terms = new ArrayList<>();
        for (String part : expression.split(",")) {
            final String text = part.strip().toLowerCase(Locale.ROOT);
            if (text.equals("singleton")) {
                terms.add(new Term(text, 0));
                continue;
            }
            final String[] fields = text.split(":");
            if (fields.length < 2 || !List.of("after", "afterany", "afterok", "afternotok")
                    .contains(fields[0])) {
                return null;
            }
            for (int i = 1; i < fields.length; i++) {
                try {
                    terms.add(new Term(fields[0], Integer.parseUnsignedInt(fields[i])));
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return terms;
    }

    /** The state of {@code job}'s dependencies as the scheduler needs it. */
    public static DependencyState evaluate(Job job, ClusterSnapshot state) {
        if (job.dependency() == null || job.dependency().isBlank()) {
            return DependencyState.NONE;
        }
        final List<Term> terms = parse(job.dependency());
        if (terms == null) {
            return DependencyState.NEVER_SATISFIED;
        }
        DependencyState result = DependencyState.SATISFIED;
        for (Term term : terms) {
            switch (status(term, job, state)) {
                case FAILED -> {
                    return DependencyState.NEVER_SATISFIED;
                }
                case WAITING -> result = DependencyState.WAITING;
                case MET -> {
                    // nothing left to wait for on this term
                }
            }
        }
        return result;
    }

    /** The list as {@code scontrol show job} prints it, or null when every term is met. */
    public static String shown(Job job, ClusterSnapshot state) {
        if (job.dependency() == null || job.dependency().isBlank()) {
            return null;
        }
        final List<Term> terms = parse(job.dependency());
        if (terms == null) {
            return job.dependency();
        }
        final List<String> open = new ArrayList<>();
        for (Term term : terms) {
            final Status status = status(term, job, state);
            if (status == Status.MET) {
                continue;
            }
            final String mark = status == Status.FAILED ? "(failed)" : "(unfulfilled)";
            open.add(term.jobId() == 0 ? term.kind() + mark
                    : term.kind() + ":" + Integer.toUnsignedString(term.jobId()) + mark);
        }
        return open.isEmpty() ? null : String.join(",", open);
    }

    private static Status status(Term term, Job job, ClusterSnapshot state) {
        if (term.kind().equals("singleton")) {
            return singletonMet(job, state) ? Status.MET : Status.WAITING;
        }
        final Job other = state.job(term.jobId()).orElse(null);
        if (other == null) {
            return Status.MET;
        }
        final boolean finished = other.isFinished();
        final boolean succeeded = other.state() == JobState.COMPLETE && other.exitCode() == 0;
        return switch (term.kind()) {
            case "after" -> other.state() != JobState.PENDING ? Status.MET : Status.WAITING;
            case "afterany" -> finished ? Status.MET : Status.WAITING;
            case "afterok" -> !finished ? Status.WAITING
                    : succeeded ? Status.MET : Status.FAILED;
            case "afternotok" -> !finished ? Status.WAITING
                    : succeeded ? Status.FAILED : Status.MET;
            default -> Status.FAILED;
        };
    }

    /** singleton: no earlier job of the same user and name is still pending or running. */
    private static boolean singletonMet(Job job, ClusterSnapshot state) {
        for (Job other : state.jobs()) {
            if (other.jobId() != job.jobId() && other.userId() == job.userId()
                    && other.name().equals(job.name()) && !other.isFinished()
                    && (other.state() != JobState.PENDING
                            || Integer.compareUnsigned(other.jobId(), job.jobId()) < 0)) {
                return false;
            }
        }
        return true;
    }
}
