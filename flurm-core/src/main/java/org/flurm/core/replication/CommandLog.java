package org.flurm.core.replication;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.ratis.RaftConfigKeys;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.netty.NettyConfigKeys;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.rpc.SupportedRpcType;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.apache.ratis.util.TimeDuration;
import org.flurm.core.command.Command;
import org.flurm.core.command.CommandCodec;
import org.flurm.core.command.CommandResult;
import org.flurm.core.state.ClusterSnapshot;
import org.flurm.core.state.ClusterState;
import org.flurm.protocol.pack.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replicated command log: an Apache Ratis group whose state machine is the cluster state.
 * {@link #submit} returns only once the command is committed and applied, which is what lets
 * the controller acknowledge a submission as durable.
 *
 * <p>The group has one member today, listening for its peers on loopback. Growing to three or
 * five controllers is a matter of listing more peers (flurm.conf ReplicationPeers) with the
 * same group id, and of forwarding followers' requests to the leader.
 *
 * <p>LIMIT: a one-member group; peers from flurm.conf are not used yet.
 */
public final class CommandLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommandLog.class);

    /** Log entries between automatic snapshots. */
    public static final long DEFAULT_SNAPSHOT_INTERVAL = 10_000;

    private final RaftServer server;
    private final RaftClient client;
    private final ClusterState state;

    private CommandLog(RaftServer server, RaftClient client, ClusterState state) {
        this.server = server;
        this.client = client;
        this.state = state;
    }

    /**
     * Starts the group's one member, recovering the state from the newest snapshot and the log
     * under {@code directory} (created mode 0700 when missing).
     *
     * @param clusterName      names the group, so a directory of another cluster is not used
     * @param directory        where the log and the snapshots live
     * @param replicationPort  the port the member listens on for its peers (loopback only)
     * @param configured       the cluster as slurm.conf describes it, before any command
     * @param snapshotInterval log entries between automatic snapshots
     */
    public static CommandLog start(String clusterName, Path directory, int replicationPort,
                                   ClusterSnapshot configured, long snapshotInterval)
            throws IOException {
        createPrivateDirectory(directory);
        final RaftPeer peer = RaftPeer.newBuilder().setId("ctld0")
                .setAddress(new InetSocketAddress("127.0.0.1", replicationPort)).build();
        final RaftGroupId groupId = RaftGroupId.valueOf(UUID.nameUUIDFromBytes(
                ("flurm:" + clusterName).getBytes(StandardCharsets.UTF_8)));
        final RaftGroup group = RaftGroup.valueOf(groupId, peer);

        final RaftProperties properties = new RaftProperties();
        RaftConfigKeys.Rpc.setType(properties, SupportedRpcType.NETTY);
        NettyConfigKeys.Server.setHost(properties, "127.0.0.1");
        NettyConfigKeys.Server.setPort(properties, replicationPort);
        RaftServerConfigKeys.setStorageDir(properties, List.of(directory.toFile()));
        RaftServerConfigKeys.Snapshot.setAutoTriggerEnabled(properties, true);
        RaftServerConfigKeys.Snapshot.setAutoTriggerThreshold(properties, snapshotInterval);
        RaftServerConfigKeys.Snapshot.setRetentionFileNum(properties, 2);
        RaftServerConfigKeys.Log.setPurgeUptoSnapshotIndex(properties, true);
        // one member elects itself; keep that quick so the controller serves soon after start
        RaftServerConfigKeys.Rpc.setTimeoutMin(properties, TimeDuration.valueOf(
                150, TimeUnit.MILLISECONDS));
        RaftServerConfigKeys.Rpc.setTimeoutMax(properties, TimeDuration.valueOf(
                300, TimeUnit.MILLISECONDS));

        final ClusterState state = new ClusterState(configured);
        final boolean existing = Files.isDirectory(directory.resolve(groupId.getUuid().toString()));
        final RaftServer server = RaftServer.newBuilder()
                .setServerId(RaftPeerId.valueOf("ctld0"))
                .setGroup(group)
                .setProperties(properties)
                .setStateMachine(new FlurmStateMachine(state, configured))
                .setOption(existing ? RaftStorage.StartupOption.RECOVER
                        : RaftStorage.StartupOption.FORMAT)
                .build();
        server.start();
        final RaftClient client = RaftClient.newBuilder().setProperties(properties)
                .setRaftGroup(group).build();

        // a leader answers reads only once it has applied its log: serve nothing stale
        final RaftClientReply ready = client.io().sendReadOnly(Message.EMPTY);
        if (!ready.isSuccess()) {
            client.close();
            server.close();
            throw new IOException("command log did not become ready: " + ready.getException());
        }
        LOG.info("command log: group {} in {} ({}), replication on 127.0.0.1:{}", groupId,
                directory, existing ? "recovered" : "new", replicationPort);
        return new CommandLog(server, client, state);
    }

    /**
     * Creates the state directory mode 0700, or checks that an existing one is private: the
     * log holds job scripts and environments.
     */
    private static void createPrivateDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            return;
        }
        final Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
        final boolean shared = permissions.stream().anyMatch(p -> p.name().startsWith("GROUP")
                || p.name().startsWith("OTHERS"));
        if (shared) {
            throw new IOException("state directory " + directory + " is readable by others ("
                    + PosixFilePermissions.toString(permissions) + "); run chmod 700 on it");
        }
    }

    /** The state as of the last command applied; never blocks. */
    public ClusterSnapshot snapshot() {
        return state.snapshot();
    }

    /**
     * Appends a command, waits until it is committed and applied, and returns its result.
     *
     * @throws IOException when the group cannot commit it (the command may or may not have
     *                     been applied; the caller answers with an error)
     */
    public CommandResult submit(Command command) throws IOException {
        Objects.requireNonNull(command, "command");
        final RaftClientReply reply = client.io().send(
                Message.valueOf(ByteString.copyFrom(CommandCodec.encode(command))));
        if (!reply.isSuccess()) {
            throw new IOException("command not committed: " + reply.getException());
        }
        try {
            return CommandCodec.decodeResult(reply.getMessage().getContent().toByteArray());
        } catch (DecodeException e) {
            throw new IOException("unreadable command result: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            client.close();
        } finally {
            server.close();
        }
    }
}
