package no.iaverk.shared;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's LISTEN/NOTIFY for this instance: what one instance writes with {@code pg_notify(channel, payload)} in
 * its transaction reaches every instance's listeners once that transaction commits. One dedicated connection per
 * instance (not from the pool, never in a transaction) listens in a daemon thread, waits for notifications with a
 * timeout, and connects again after a failure; listeners hear {@link Listener#reconnected()} then, because what was
 * sent while the connection was down is lost.
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

    /** Hears one channel. Called on the listening thread: keep it short, hand longer work elsewhere. */
    public interface Listener {
        void notified(String payload);

        /** The connection was lost and is back: anything may have changed meanwhile. */
        default void reconnected() {}
    }

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final int WAIT_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 10_000;

    private final Environment environment;
    private final Map<String, List<Listener>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private volatile @Nullable Thread thread;
    private volatile @Nullable Connection connection;

    DatabaseNotifications(Environment environment) {
        this.environment = environment;
    }

    /** Listens to {@code channel} from now on (a plain lower-case name, as in {@code pg_notify}'s first argument). */
    public void listen(String channel, Listener listener) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        listeners.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Whether the listening connection is up (for tests and health). */
    public boolean connected() {
        return connection != null;
    }

    @Override
    public void start() {
        running = true;
        Thread listening = new Thread(this::loop, "database-notifications");
        listening.setDaemon(true);
        thread = listening;
        listening.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listening = thread;
        if (listening != null) {
            listening.interrupt();
        }
        closeQuietly(connection);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop() {
        long backoff = 500;
        boolean first = true;
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                Set<String> listened = new HashSet<>();
                listenToNew(listening, listened);
                if (!first) {
                    log.info("Listening to database notifications again");
                    listeners.values().forEach(list -> list.forEach(Listener::reconnected));
                }
                first = false;
                backoff = 500;
                PGConnection pg = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            dispatch(notification);
                        }
                    }
                    listenToNew(listening, listened);
                }
            } catch (SQLException | RuntimeException e) {
                connection = null;
                if (!running) {
                    return;
                }
                log.warn("Database notifications interrupted ({}); connecting again in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            } finally {
                connection = null;
            }
        }
    }

    private Connection connect() throws SQLException {
        String url = environment.getRequiredProperty("spring.datasource.url");
        Properties properties = new Properties();
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "iaverk-notifications");
        Connection opened = DriverManager.getConnection(url, properties);
        opened.setAutoCommit(true);
        return opened;
    }

    private void listenToNew(Connection listening, Set<String> listened) throws SQLException {
        for (String channel : listeners.keySet()) {
            if (listened.add(channel)) {
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + channel);
                }
            }
        }
    }

    private void dispatch(PGNotification notification) {
        for (Listener listener : listeners.getOrDefault(notification.getName(), List.of())) {
            try {
                listener.notified(notification.getParameter());
            } catch (RuntimeException e) {
                log.warn("A listener to {} failed", notification.getName(), e);
            }
        }
    }

    private static void closeQuietly(@Nullable Connection open) {
        if (open != null) {
            try {
                open.close();
            } catch (SQLException e) {
                // Closing on the way down; nothing to do.
            }
        }
    }
}
