package jp.junction.bot.notices;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;

/**
 * One notice as the outbox keeps it: what staff asked for, where it stands and, once it falls due,
 * its snapshot (generation, batches, text, the subscriber sets it reaches) and counts.
 *
 * @param kind {@code notice}, or {@link NoticeText#SURVEY} for the day-after question
 * @param gen the snapshot's generation, empty before it falls due
 * @param targets the subscriber sets the snapshot read, asked again when a batch goes out
 */
record NoticeRecord(
    String id,
    String eventId,
    String kind,
    List<Areas.Area> areas,
    boolean neighbours,
    Set<Audience> audience,
    boolean silent,
    NoticeState state,
    Instant sendAt,
    String gen,
    int batches,
    String text,
    SubscriberSets.Targets targets,
    Counts counts) {

  /** How many it reached so far, never who. */
  record Counts(
      long recipients, long delivered, long failed, long skipped, long withdrawn, long done) {

    static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
  }

  /** A notice just scheduled as staff asked for it, due at {@code sendAt}: nothing taken yet. */
  static NoticeRecord scheduled(
      String id, String eventId, String kind, NoticeRequest request, Instant sendAt) {
    return new NoticeRecord(
        id,
        eventId,
        kind,
        request.areas(),
        request.includeNeighbours(),
        request.audience(),
        request.silent(),
        NoticeState.SCHEDULED,
        sendAt,
        "",
        0,
        "",
        SubscriberSets.Targets.NONE,
        Counts.NONE);
  }
}
