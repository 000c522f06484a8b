package dev.directsupply.persistence.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy between the JDBC driver and PostgreSQL that cuts the connection for real, the way a
 * failing network does: the driver sees its socket close mid-conversation and the server sees its
 * client vanish. It watches what the client sends (the SQL text travels in the clear with
 * {@code sslmode=disable}) and cuts at the moment asked for.
 */
final class CuttingProxy implements AutoCloseable {

    /** When to cut. */
    enum Cut {
        /** Never. */
        NONE,
        /** When the client sends a statement containing the trigger text: it never reaches the server. */
        BEFORE_STATEMENT,
        /** When the client sends COMMIT: it never reaches the server, which rolls back. */
        COMMIT_NOT_SENT,
        /** The COMMIT reaches the server, which commits; the reply never reaches the client. */
        COMMIT_REPLY_LOST,
        /** The commit completes; the connection is cut at the client's next message. */
        AFTER_COMMIT
    }

    private final ServerSocket listener;
    private final int serverPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile Cut cut = Cut.NONE;
    private volatile String trigger = "";
    /** How many connections were cut where armed. */
    private final AtomicInteger cuts = new AtomicInteger();

    CuttingProxy(int serverPort) {
        this.serverPort = serverPort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(this::accept, "cutting-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Cuts connections opened from now on at {@code cut}; {@code trigger} picks the statement. */
    void arm(Cut cut, String trigger) {
        this.cut = cut;
        this.trigger = trigger;
    }

    /** Waits up to the timeout for the armed cut to have happened; whether it did. */
    boolean awaitCut(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (cuts.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return cuts.get() > 0;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                open.add(client);
                open.add(server);
                Connection connection = new Connection(client, server, cut, trigger);
                start(() -> connection.pump(client, server, true));
                start(() -> connection.pump(server, client, false));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "cutting-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** One proxied connection and where it stands. */
    private final class Connection {
        private final Socket client;
        private final Socket server;
        private final Cut cut;
        private final String trigger;
        private volatile boolean replyLost;
        private volatile boolean committed;

        Connection(Socket client, Socket server, Cut cut, String trigger) {
            this.client = client;
            this.server = server;
            this.cut = cut;
            this.trigger = trigger;
        }

        void pump(Socket from, Socket to, boolean fromClient) {
            byte[] buffer = new byte[65_536];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    if (fromClient && !decide(new String(buffer, 0, read, StandardCharsets.ISO_8859_1))) {
                        cuts.incrementAndGet();
                        return;
                    }
                    if (!fromClient && replyLost) {
                        cuts.incrementAndGet();
                        cutNow();
                        return;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException cutOrClosed) {
                // the other pump cut the connection, or a side closed it
            } finally {
                cutNow();
            }
        }

        /** Whether to forward what the client sent; cuts instead where armed. */
        private boolean decide(String sent) {
            boolean commit = sent.contains("COMMIT");
            switch (cut) {
                case BEFORE_STATEMENT -> {
                    if (!trigger.isEmpty() && sent.contains(trigger)) {
                        cutNow();
                        return false;
                    }
                }
                case COMMIT_NOT_SENT -> {
                    if (commit) {
                        cutNow();
                        return false;
                    }
                }
                case COMMIT_REPLY_LOST -> replyLost = replyLost || commit;
                case AFTER_COMMIT -> {
                    if (committed) {
                        cutNow();
                        return false;
                    }
                    committed = commit;
                }
                default -> {
                    // forward everything
                }
            }
            return true;
        }

        private void cutNow() {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private void closeQuietly(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
        } catch (IOException ignored) {
            // already gone
        }
        open.forEach(this::closeQuietly);
    }
}
