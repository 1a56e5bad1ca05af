package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.testing.LineStandIn;

/** The once-only check of a broadcast over every multicast request LINE received. */
final class ReachedOnce {

  private ReachedOnce() {}

  /**
   * One retry key per batch; a batch sent again (after a kill or lease expiry) carries the same key
   * and recipients (LINE answers 409 to the repeat and sends nothing), and no one is in two
   * batches.
   */
  static void assertEachReachedOnceByRetryKey(
      List<LineStandIn.Multicast> received, List<String> users, int batches) {
    Map<String, Set<String>> byKey = new HashMap<>();
    for (LineStandIn.Multicast m : received) {
      Set<String> to = Set.copyOf(m.to());
      Set<String> before = byKey.putIfAbsent(m.retryKey(), to);
      assertThat(before == null ? to : before).isEqualTo(to);
    }
    assertThat(byKey).hasSize(batches);
    Set<String> reached = new HashSet<>();
    byKey.values().forEach(to -> to.forEach(u -> assertThat(reached.add(u)).isTrue()));
    assertThat(reached).containsExactlyInAnyOrderElementsOf(users);
  }
}
