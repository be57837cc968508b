package io.payerid.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A test-local TCP proxy in front of a real server (PostgreSQL, MariaDB, Redis, an HTTP upstream) that a
 * test can break on purpose, to see how the gateway behaves when its dependency hangs or misbehaves.
 * It listens on a random loopback port; point the client at {@link #port()}.
 * <ul>
 *   <li>{@link #forward()}: pass bytes both ways (the initial mode);</li>
 *   <li>{@link #pause()}: keep accepting connections and reading, but forward nothing, like a server
 *       stopped with SIGSTOP (bytes read meanwhile are delivered after {@link #forward()});</li>
 *   <li>{@link #reset()}: close every open connection with a TCP RST, and reset new ones at once,
 *       like a crashed server host or a firewall that rejects;</li>
 *   <li>{@link #holdAnswers()}: forward what clients send but hold the server's answers, like a server
 *       that did the work (redeemed a code) while its client died waiting for the reply;</li>
 *   <li>{@link #garbage()}: answer whatever the client sends with random bytes and drop the server's,
 *       like a wrong service on the port;</li>
 *   <li>{@link #answer(byte[])}: answer whatever the client sends with these exact bytes and drop the
 *       server's, for a protocol state that random bytes reach only sometimes.</li>
 * </ul>
 * Mode changes apply to open connections too: pooled connections see the fault, not only new ones.
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy does with the bytes it receives. */
    public enum Mode { FORWARD, PAUSE, HOLD_ANSWERS, RESET, GARBAGE }

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Object modeChanged = new Object();
    private volatile Mode mode = Mode.FORWARD;
    private volatile byte[] fixedAnswer;
    private final java.util.concurrent.atomic.AtomicLong forwardedFromClients = new java.util.concurrent.atomic.AtomicLong();

    private FaultProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("fault-proxy-accept-" + listener.getLocalPort()).start(this::acceptLoop);
    }

    /** A proxy forwarding to {@code host:port}. */
    public static FaultProxy to(String host, int port) {
        try {
            return new FaultProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    public Mode mode() {
        return mode;
    }

    public void forward() {
        setMode(Mode.FORWARD);
    }

    public void pause() {
        setMode(Mode.PAUSE);
    }

    public void holdAnswers() {
        setMode(Mode.HOLD_ANSWERS);
    }

    /** Bytes clients sent that were passed on to the server. */
    public long forwardedFromClients() {
        return forwardedFromClients.get();
    }

    public void reset() {
        setMode(Mode.RESET);
        open.forEach(FaultProxy::abort);
    }

    public void garbage() {
        fixedAnswer = null;
        setMode(Mode.GARBAGE);
    }

    /** Like {@link #garbage()}, with {@code bytes} as the answer to every chunk a client sends. */
    public void answer(byte[] bytes) {
        fixedAnswer = bytes.clone();
        setMode(Mode.GARBAGE);
    }

    private void setMode(Mode next) {
        synchronized (modeChanged) {
            mode = next;
            modeChanged.notifyAll();
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        setMode(Mode.RESET);
        open.forEach(FaultProxy::abort);
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            Socket client;
            try {
                client = listener.accept();
            } catch (IOException e) {
                return;
            }
            if (mode == Mode.RESET) {
                abort(client);
                continue;
            }
            open.add(client);
            Thread.ofVirtual().start(() -> connect(client));
        }
    }

    private void connect(Socket client) {
        Socket server = new Socket();
        try {
            // A paused proxy does not even reach the server: the client's connect succeeds and then hangs.
            awaitForwardable(true);
            server.connect(target, 2000);
            open.add(server);
        } catch (IOException e) {
            abort(client);
            return;
        }
        Thread.ofVirtual().start(() -> pump(client, server, true));
        pump(server, client, false);
    }

    /** Copies {@code from} to {@code to}, obeying the mode for every chunk read. */
    private void pump(Socket from, Socket to, boolean fromClient) {
        byte[] buffer = new byte[16 * 1024];
        try (from; to) {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            OutputStream back = from.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                awaitForwardable(fromClient);
                switch (mode) {
                    case FORWARD, HOLD_ANSWERS -> {
                        out.write(buffer, 0, read);
                        if (fromClient) {
                            forwardedFromClients.addAndGet(read);
                        }
                    }
                    case GARBAGE -> {
                        if (fromClient) {
                            byte[] fixed = fixedAnswer;
                            back.write(fixed != null ? fixed : randomBytes(Math.max(read, 16)));
                        }
                    }
                    default -> {
                        return;
                    }
                }
                out.flush();
            }
        } catch (IOException ignored) {
            // the other side went away, or the proxy reset the connection
        } finally {
            open.remove(from);
            open.remove(to);
        }
    }

    /** Waits while this direction is held: both in PAUSE, the server's answers in HOLD_ANSWERS. */
    private void awaitForwardable(boolean fromClient) {
        synchronized (modeChanged) {
            while (mode == Mode.PAUSE || mode == Mode.HOLD_ANSWERS && !fromClient) {
                try {
                    modeChanged.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    /** Closes with SO_LINGER 0, so the peer sees a TCP RST rather than an orderly FIN. */
    private static void abort(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
