package org.flurm.controller.server;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.flurm.auth.AuthenticatedIdentity;
import org.flurm.auth.AuthenticationException;
import org.flurm.auth.MessageAuthenticator;
import org.flurm.controller.handler.Reply;
import org.flurm.controller.handler.Request;
import org.flurm.controller.handler.RequestHandler;
import org.flurm.protocol.frame.Frame;
import org.flurm.protocol.frame.FrameCodec;
import org.flurm.protocol.frame.FrameReader;
import org.flurm.protocol.message.MessageCodecs;
import org.flurm.protocol.message.MessageBody;
import org.flurm.protocol.message.MessageType;
import org.flurm.protocol.message.common.SlurmRc;
import org.flurm.protocol.pack.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts the clients' connections on every SlurmctldPort and serves SLURM's
 * one-request-one-reply exchange on each: read a frame, authenticate it, decode it, hand it to
 * the handler for its type, and send the signed reply.
 *
 * <p>Transport: blocking sockets, one virtual thread per connection. Each connection carries a
 * single request, so a plain read-then-write routine is the whole protocol; virtual threads
 * make that cheap for thousands of clients without an event loop. MUNGE calls block inside
 * libmunge (native code, which pins a virtual thread's carrier), so they run on a small pool
 * of platform threads sized to the CPUs, which also bounds the load on munged.
 *
 * <p>A frame that cannot be read, authenticated or decoded is logged in one line and the
 * connection closed without a reply, as slurmctld does. Reading a frame has a deadline of
 * MessageTimeout from its first byte, so a client that sends part of a frame and stalls
 * holds a connection no longer than that.
 */
public final class ControllerServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ControllerServer.class);

    /** SLURM answers request types it does not serve with EINVAL. */
    private static final int EINVAL = 22;

    private final List<ServerSocket> listeners = new ArrayList<>();
    private final Map<Integer, RequestHandler> handlers;
    private final MessageAuthenticator authenticator;
    private final FrameCodec codec = new FrameCodec();
    private final int messageTimeoutMs;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final ExecutorService munge = Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("munge-", 0).daemon(true).factory());
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("read-deadline").daemon(true).factory());

    public ControllerServer(Map<Integer, RequestHandler> handlers,
                            MessageAuthenticator authenticator, int messageTimeoutSeconds) {
        this.handlers = Map.copyOf(handlers);
        this.authenticator = authenticator;
        this.messageTimeoutMs = messageTimeoutSeconds * 1000;
    }

    /** Listens on each of {@code ports} at {@code address} (null for all addresses). */
    public void start(InetAddress address, List<Integer> ports) throws IOException {
        for (int port : ports) {
            final ServerSocket listener = new ServerSocket();
            listener.setReuseAddress(true);
            listener.bind(new InetSocketAddress(address, port), 512);
            listeners.add(listener);
            Thread.ofPlatform().name("accept-" + port).daemon(true).start(() -> accept(listener));
            LOG.info("listening on {}:{}", address == null ? "*" : address.getHostAddress(),
                    port);
        }
    }

    private void accept(ServerSocket listener) {
        while (!listener.isClosed()) {
            try {
                final Socket socket = listener.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                if (!listener.isClosed()) {
                    LOG.warn("accept on port {} failed: {}", listener.getLocalPort(),
                            e.getMessage());
                }
            }
        }
    }

    private void serve(Socket socket) {
        final String peer = socket.getRemoteSocketAddress().toString();
        try (socket) {
            socket.setSoTimeout(messageTimeoutMs);
            final InputStream in = socket.getInputStream();

            // the whole frame must arrive within MessageTimeout
            final ScheduledFuture<?> deadline = deadlines.schedule(() -> closeQuietly(socket),
                    messageTimeoutMs, TimeUnit.MILLISECONDS);
            final Frame frame;
            try {
                frame = new FrameReader(codec).readFrame(in);
            } finally {
                deadline.cancel(false);
            }
            final int msgType = frame.header().msgType();

            final AuthenticatedIdentity identity = authenticate(frame);
            final RequestHandler handler = handlers.get(msgType);
            if (handler == null) {
                LOG.info("unsupported request {} from uid={} peer={}",
                        MessageType.nameOf(msgType), identity.uid(), peer);
                send(socket.getOutputStream(), frame, identity, Reply.rc(EINVAL));
                return;
            }
            final MessageBody body = frame.decodeBody();
            final Reply reply = handler.handle(new Request(identity, frame.header(), body, peer,
                    socket.getInetAddress()));
            if (reply != Reply.NONE) {
                send(socket.getOutputStream(), frame, identity, reply);
            }
        } catch (EOFException e) {
            LOG.debug("peer={} closed: {}", peer, e.getMessage());
        } catch (DecodeException e) {
            LOG.warn("dropped frame from peer={}: {}", peer, e.getMessage());
        } catch (AuthenticationException e) {
            LOG.warn("authentication failed peer={}: {}", peer, e.getMessage());
        } catch (SocketException e) {
            LOG.warn("connection from peer={} failed: {}", peer, e.getMessage());
        } catch (IOException e) {
            LOG.warn("request from peer={} failed: {}", peer, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("request from peer={} failed", peer, e);
        }
    }

    private AuthenticatedIdentity authenticate(Frame frame) throws AuthenticationException,
            IOException {
        try {
            return munge.submit(() -> authenticator.verify(frame.auth().pluginId(),
                    frame.header().version(), frame.header().msgType(), frame.body(), 0,
                    frame.body().length, frame.auth().credential())).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException auth) {
                throw auth;
            }
            throw new IOException("MUNGE verification failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while verifying a credential", e);
        }
    }

    /** Encodes, signs for the requester only, with the hash form the request used, and sends. */
    private void send(OutputStream out, Frame request, AuthenticatedIdentity identity,
                      Reply reply) throws IOException {
        final int version = request.header().version();
        final byte[] body = MessageCodecs.encode(reply.msgType(), reply.body(), version);
        final String credential;
        try {
            credential = munge.submit(() -> authenticator.sign(version, identity.hashForm(),
                    reply.msgType(), body, 0, body.length, identity.uid())).get();
        } catch (ExecutionException e) {
            throw new IOException("MUNGE signing failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while signing a reply", e);
        }
        out.write(codec.encodeReply(request.header(), reply.msgType(), body, credential));
        out.flush();
        if (reply.body() instanceof SlurmRc rc && rc.returnCode() != 0) {
            LOG.debug("answered {} with rc {}", MessageType.nameOf(request.header().msgType()),
                    rc.returnCode());
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing to end a stalled read; nothing else to do
        }
    }

    /** Stops listening, waits briefly for requests in progress, then stops the pools. */
    @Override
    public void close() {
        for (ServerSocket listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                LOG.warn("closing port {}: {}", listener.getLocalPort(), e.getMessage());
            }
        }
        connections.shutdown();
        try {
            connections.awaitTermination(messageTimeoutMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        munge.shutdownNow();
        deadlines.shutdownNow();
    }
}
