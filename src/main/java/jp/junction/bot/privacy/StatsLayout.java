package jp.junction.bot.privacy;

import java.util.ArrayList;
import jp.junction.bot.system.KeyRename;
import jp.junction.bot.system.KeyRename.Merge;
import jp.junction.bot.system.KeyRename.Moved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * At start-up, moves the statistics an earlier release kept under the prefix without the hash tag
 * ({@code jb:stats:…}) to today's ({@code jb:{stats}:…}), TTL kept, so staff still see the days
 * counted before the upgrade; a day both versions counted is added up. Nothing to do on a Redis
 * Cluster, which no earlier release used, or when the prefix has no {@code {stats}} tag.
 */
@Component
class StatsLayout implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(StatsLayout.class);
  private static final String TAG = "{stats}";

  private final KeyRename rename;
  private final String prefix;
  private volatile boolean running;

  StatsLayout(KeyRename rename, StatsSettings settings) {
    this.rename = rename;
    this.prefix = settings.keyPrefix();
  }

  @Override
  public void start() {
    running = true;
    String earlier = prefix.replace(TAG, "stats");
    if (earlier.equals(prefix)) {
      return;
    }
    try {
      if (rename.cluster()) {
        log.info("Redis Cluster: no statistics keys of the layout before the hash tag to move");
        return;
      }
      Moved moved =
          rename.moveAll(
              earlier + "*",
              k -> prefix + k.substring(earlier.length()),
              Merge.SUM,
              new ArrayList<>());
      if (moved.total() > 0) {
        log.info(
            "Statistics keys of the earlier layout moved: {} renamed, {} added to keys already there",
            moved.renamed(),
            moved.merged());
      }
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Statistics keys not checked at start-up: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return DEFAULT_PHASE - 1;
  }
}
