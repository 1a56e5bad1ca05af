package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.List;
import jp.junction.bot.system.KeyRename;
import jp.junction.bot.system.KeyRename.Merge;
import jp.junction.bot.system.KeyRename.Moved;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Moves the notice keys of the release before the cluster hash tags to today's names (run by {@link
 * KeyUpgrade} first, before the subscriptions are migrated and before any delivery thread): the
 * outbox ({@code n:}, {@code due}, {@code ready}, {@code ev:}, {@code bm:}, {@code b:}) under
 * {@code {outbox}:}, the subscriber sets ({@code a:}, {@code p:}, {@code w:}) under {@code {subs}:}
 * and named in the set index. A scheduled notice is then sent and a broadcast under way goes on; a
 * key already under its new name keeps what it holds and gains what it lacks. An unfinished
 * snapshot's scratch sets ({@code t:}) are deleted: the notice's lease runs out and it is
 * snapshotted again.
 */
@Component
class OutboxLayout {

  private static final List<String> OUTBOX_FAMILIES = List.of("n:", "ev:", "bm:", "b:");
  private static final List<String> SUBSCRIBER_SETS = List.of("a:", "p:", "w:");

  private final StringRedisTemplate redis;
  private final KeyRename rename;
  private final Subscriptions subscriptions;
  private final String prefix;
  private final String outbox;

  OutboxLayout(
      StringRedisTemplate redis,
      KeyRename rename,
      Subscriptions subscriptions,
      NoticesSettings settings) {
    this.redis = redis;
    this.rename = rename;
    this.subscriptions = subscriptions;
    this.prefix = settings.keyPrefix();
    this.outbox = prefix + "{outbox}:";
  }

  /** True on a Redis Cluster, which no earlier release used: there is nothing to move. */
  boolean cluster() {
    return rename.cluster();
  }

  /** Moves every key of the earlier layout; how many, and how many scratch keys went. */
  Result move() {
    Moved moved = Moved.NONE;
    List<String> unused = new ArrayList<>();
    for (String family : OUTBOX_FAMILIES) {
      moved =
          moved.plus(rename.moveAll(prefix + family + "*", this::outboxName, Merge.KEEP, unused));
    }
    moved = moved.plus(rename.move(prefix + "due", outbox + "due", Merge.KEEP));
    moved = moved.plus(rename.move(prefix + "ready", outbox + "ready", Merge.KEEP));
    List<String> sets = new ArrayList<>();
    for (String family : SUBSCRIBER_SETS) {
      moved =
          moved.plus(
              rename.moveAll(
                  prefix + family + "*",
                  k -> subscriptions.sets(k.substring(prefix.length())),
                  Merge.KEEP,
                  sets));
    }
    if (!sets.isEmpty()) {
      redis.opsForSet().add(subscriptions.setIndex(), sets.toArray(String[]::new));
    }
    int scratch = rename.deleteAll(prefix + "t:*");
    return new Result(moved, scratch);
  }

  private String outboxName(String oldKey) {
    return outbox + oldKey.substring(prefix.length());
  }

  /** Keys moved and unfinished snapshot sets deleted. */
  record Result(Moved moved, int scratch) {}
}
