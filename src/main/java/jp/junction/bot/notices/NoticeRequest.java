package jp.junction.bot.notices;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.junction.bot.places.Areas;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Coded;

/**
 * What staff ask to send about an event: to whom (areas, a missing municipality meaning the whole
 * prefecture and {@code 全国} the online subscribers; optionally the neighbouring towns; for whom),
 * when ({@code null} = now; quiet hours still apply) and whether without a notification sound.
 */
public record NoticeRequest(
    List<Areas.Area> areas,
    boolean includeNeighbours,
    Set<Audience> audience,
    OffsetDateTime sendAt,
    boolean silent) {

  public NoticeRequest {
    areas = areas == null ? List.of() : List.copyOf(areas);
    audience =
        Coded.copyOf(
            Audience.class,
            audience == null || audience.isEmpty() ? EnumSet.allOf(Audience.class) : audience);
  }
}
