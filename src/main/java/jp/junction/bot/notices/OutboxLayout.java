package jp.junction.bot.notices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.junction.bot.system.KeyRename;
import jp.junction.bot.system.KeyRename.Merge;
import jp.junction.bot.system.KeyRename.Moved;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
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
 * snapshotted again. A notice of a broadcast under way keeps its targets: the earlier release wrote
 * them as set names, one a line (area sets, a blank line, audience sets); they become today's set
 * names in the record's JSON form, so its remaining batches are still checked against them.
 */
@Component
class OutboxLayout {

  private static final List<String> OUTBOX_FAMILIES = List.of("n:", "ev:", "bm:", "b:");
  private static final List<String> SUBSCRIBER_SETS = List.of("a:", "p:", "w:");

  private final StringRedisTemplate redis;
  private final KeyRename rename;
  private final Subscriptions subscriptions;
  private final NoticeHash hash;
  private final String prefix;
  private final String outbox;

  OutboxLayout(
      StringRedisTemplate redis,
      KeyRename rename,
      Subscriptions subscriptions,
      NoticeHash hash,
      NoticesSettings settings) {
    this.redis = redis;
    this.hash = hash;
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
    convertTargets();
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

  /** Rewrites the targets of moved notices still in the earlier release's line form. */
  private void convertTargets() {
    List<String> notices = new ArrayList<>();
    try (Cursor<String> keys =
        redis.scan(ScanOptions.scanOptions().match(outbox + "n:*").count(500).build())) {
      keys.forEachRemaining(notices::add);
    }
    for (String notice : notices) {
      Object targets = redis.opsForHash().get(notice, "targets");
      if (targets == null || targets.toString().startsWith("{")) {
        continue;
      }
      String[] parts = targets.toString().split("\n\n", -1);
      SubscriberSets.Targets converted =
          new SubscriberSets.Targets(
              setNames(parts[0]), parts.length > 1 ? setNames(parts[1]) : List.of());
      redis.opsForHash().put(notice, "targets", hash.targets(converted));
    }
  }

  /** Earlier set names, one a line, as today's names. */
  private List<String> setNames(String lines) {
    return Arrays.stream(lines.split("\n"))
        .filter(line -> !line.isBlank())
        .map(
            name ->
                name.startsWith(prefix) && !name.startsWith(prefix + "{")
                    ? subscriptions.sets(name.substring(prefix.length()))
                    : name)
        .toList();
  }

  private String outboxName(String oldKey) {
    return outbox + oldKey.substring(prefix.length());
  }

  /** Keys moved and unfinished snapshot sets deleted. */
  record Result(Moved moved, int scratch) {}
}
