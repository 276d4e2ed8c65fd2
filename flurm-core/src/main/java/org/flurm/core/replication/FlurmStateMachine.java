package org.flurm.core.replication;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;

import org.apache.ratis.io.MD5Hash;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.protocol.TermIndex;
import org.apache.ratis.server.storage.FileInfo;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.apache.ratis.statemachine.impl.SimpleStateMachineStorage;
import org.apache.ratis.statemachine.impl.SingleFileSnapshotInfo;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.apache.ratis.util.MD5FileUtil;
import org.flurm.core.command.Command;
import org.flurm.core.command.CommandCodec;
import org.flurm.core.command.CommandResult;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.ClusterState;
import org.flurm.core.state.StateCodec;
import org.flurm.protocol.pack.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Ratis state machine of the controller group: applies each committed command to the
 * {@link ClusterState}, saves the state as a snapshot file so that a restart replays only the
 * log written since, and loads the newest snapshot on start.
 *
 * <p>Commands travel and are saved in {@link CommandCodec}'s form, snapshots in
 * {@link StateCodec}'s; neither uses Java serialization.
 */
final class FlurmStateMachine extends BaseStateMachine {

    private static final Logger LOG = LoggerFactory.getLogger(FlurmStateMachine.class);

    private final SimpleStateMachineStorage storage = new SimpleStateMachineStorage();
    private final ClusterState state;
    private final ClusterSnapshot configured;

    /**
     * @param state       the state this machine writes
     * @param configured  the cluster as slurm.conf describes it, before any command
     */
    FlurmStateMachine(ClusterState state, ClusterSnapshot configured) {
        this.state = state;
        this.configured = configured;
    }

    @Override
    public void initialize(RaftServer server, RaftGroupId groupId, RaftStorage raftStorage)
            throws IOException {
        super.initialize(server, groupId, raftStorage);
        storage.init(raftStorage);
        loadLatestSnapshot();
    }

    @Override
    public void reinitialize() throws IOException {
        loadLatestSnapshot();
    }

    @Override
    public SimpleStateMachineStorage getStateMachineStorage() {
        return storage;
    }

    private void loadLatestSnapshot() throws IOException {
        final SingleFileSnapshotInfo snapshot = storage.loadLatestSnapshot();
        if (snapshot == null) {
            LOG.info("{}: no snapshot, starting from slurm.conf and the log", getId());
            return;
        }
        final File file = snapshot.getFile().getPath().toFile();
        final MD5Hash expected = snapshot.getFile().getFileDigest();
        if (expected != null) {
            MD5FileUtil.verifySavedMD5(file, expected);
        }
        try {
            state.restore(StateCodec.readState(Files.readAllBytes(file.toPath()), configured));
        } catch (DecodeException e) {
            throw new IOException("snapshot " + file + " cannot be read: " + e.getMessage(), e);
        }
        updateLastAppliedTermIndex(snapshot.getTerm(), snapshot.getIndex());
        LOG.info("{}: loaded snapshot {} ({} jobs, next job id {})", getId(), file,
                state.snapshot().jobs().size(), state.snapshot().nextJobId());
    }

    @Override
    public CompletableFuture<Message> applyTransaction(TransactionContext trx) {
        final LogEntryProto entry = trx.getLogEntry();
        final TermIndex termIndex = TermIndex.valueOf(entry);
        final byte[] data = entry.getStateMachineLogEntry().getLogData().toByteArray();
        CommandResult result;
        try {
            final Command command = CommandCodec.decode(data);
            result = state.apply(command, termIndex.getIndex());
        } catch (DecodeException e) {
            // a log entry this release cannot read would make replicas disagree: stop here
            LOG.error("{}: log entry {} cannot be read: {}", getId(), termIndex, e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        updateLastAppliedTermIndex(termIndex.getTerm(), termIndex.getIndex());
        return CompletableFuture.completedFuture(
                Message.valueOf(ByteString.copyFrom(CommandCodec.encodeResult(result))));
    }

    /**
     * Reads go to {@link ClusterState#snapshot()} directly; a read through Ratis only serves
     * to wait until the leader has applied its whole log.
     */
    @Override
    public CompletableFuture<Message> query(Message request) {
        return CompletableFuture.completedFuture(Message.EMPTY);
    }

    @Override
    public long takeSnapshot() throws IOException {
        final ClusterSnapshot snapshot = state.snapshot();
        final TermIndex last = getLastAppliedTermIndex();
        final File file = storage.getSnapshotFile(last.getTerm(), last.getIndex());

        // written beside and renamed, so a crash never leaves half a snapshot under its name
        final File temporary = new File(file.getParentFile(), file.getName() + ".tmp");
        try (FileChannel out = FileChannel.open(temporary.toPath(), StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            final ByteBuffer bytes = ByteBuffer.wrap(StateCodec.writeState(snapshot));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        Files.move(temporary.toPath(), file.toPath(), StandardCopyOption.ATOMIC_MOVE);
        final MD5Hash digest = MD5FileUtil.computeAndSaveMd5ForFile(file);
        storage.updateLatestSnapshot(new SingleFileSnapshotInfo(
                new FileInfo(file.toPath(), digest), last));
        LOG.info("{}: snapshot at index {} ({} jobs)", getId(), last.getIndex(),
                snapshot.jobs().size());
        return last.getIndex();
    }
}
