package jp.junction.bot.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.junction.bot.search.LuceneResourceSearch;
import jp.junction.bot.search.ResourceSource;
import jp.junction.bot.search.SearchResult.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search on the store's version: at start the search is built from the store
 * (seeded first if empty; from resources.csv when Redis cannot be reached), then every change heard
 * on the channel, written here, or found by the periodic look at the version rebuilds it from the
 * store, through the search's own swap (searches meanwhile finish on the old data).
 */
@Component
class DirectorySync implements ResourceSource, SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);

  private final DirectoryStore store;
  private final DirectorySettings settings;
  private final Consumer<List<Resource>> target;
  private final LettuceConnectionFactory connections;
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "directory-sync");
            t.setDaemon(true);
            return t;
          });
  private volatile long built = -1;
  private volatile RedisConnection subscription;
  private volatile boolean running;

  @Autowired
  DirectorySync(
      DirectoryStore store,
      DirectorySettings settings,
      ObjectProvider<LuceneResourceSearch> search,
      ObjectProvider<LettuceConnectionFactory> connections) {
    this(
        store,
        settings,
        resources -> search.getObject().replace(resources),
        connections.getIfAvailable());
  }

  DirectorySync(
      DirectoryStore store,
      DirectorySettings settings,
      Consumer<List<Resource>> target,
      LettuceConnectionFactory connections) {
    this.store = store;
    this.settings = settings;
    this.target = target;
    this.connections = connections;
    store.onChange(this::now);
  }

  @Override
  public Optional<List<Resource>> searchable() {
    if (!settings.enabled()) {
      return Optional.empty();
    }
    try {
      return Optional.of(read());
    } catch (DataAccessException e) {
      log.warn(
          "Directory store unreachable ({}): searching resources.csv until it answers",
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  /** Rebuilds the search when the store's version is not the one it was built from. */
  synchronized boolean check() {
    try {
      if (store.version() == built) {
        return false;
      }
      List<Resource> resources = read();
      if (resources.isEmpty()) {
        // An empty store is a lost store (Redis restarted without its data), not a directory
        // emptied on purpose: the search keeps what it has rather than answering nothing.
        log.error(
            "Directory store holds no active entry (version {}): the search keeps its index;"
                + " restore the store from its backup or reload resources.csv",
            store.version());
        return false;
      }
      target.accept(resources);
      log.info(
          "Search rebuilt from the directory store (version {}): {} active",
          built,
          resources.size());
      return true;
    } catch (DataAccessException e) {
      log.debug("Directory store unreachable: {}", e.getClass().getSimpleName());
      return false;
    } catch (RuntimeException e) {
      log.warn("Search not rebuilt from the directory store: {}", e.toString());
      return false;
    }
  }

  /** The version the search was last built from (-1: from resources.csv, not the store). */
  long built() {
    return built;
  }

  /** Whether this instance listens on the channel now. */
  boolean subscribed() {
    RedisConnection c = subscription;
    return c != null && c.isSubscribed();
  }

  private List<Resource> read() {
    store.seedIfEmpty();
    long version = store.version();
    List<Resource> resources =
        store.all().stream()
            .filter(DirectoryEntry::searchable)
            .map(DirectoryEntry::resource)
            .toList();
    built = version;
    return resources;
  }

  /** After a change written here: this instance's search follows before the write returns. */
  private void now() {
    if (running) {
      check();
    }
  }

  private void soon() {
    if (running) {
      worker.execute(this::check);
    }
  }

  private void tick() {
    subscribe();
    check();
  }

  /** Listens on the channel; retried at each tick until it works (Redis may be down at start). */
  private void subscribe() {
    if (connections == null || (subscription != null && !subscription.isClosed())) {
      return;
    }
    try {
      RedisConnection c = connections.getConnection();
      c.subscribe(
          (message, pattern) -> soon(), settings.channel().getBytes(StandardCharsets.UTF_8));
      subscription = c;
    } catch (RuntimeException e) {
      log.debug("Directory channel not subscribed yet: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void start() {
    if (!settings.enabled()) {
      return;
    }
    running = true;
    long every = Math.max(50, settings.checkEvery().toMillis());
    worker.scheduleWithFixedDelay(this::tick, 0, every, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    running = false;
    worker.shutdownNow();
    RedisConnection c = subscription;
    if (c != null) {
      try {
        c.close();
      } catch (RuntimeException e) {
        log.debug("Directory channel close: {}", e.toString());
      }
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
