package jp.junction.bot.events;

import java.text.Normalizer;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.places.Areas;
import jp.junction.bot.search.PlaceRoles;
import jp.junction.bot.search.ResourceSearch;
import jp.junction.bot.system.JapanTime;
import jp.junction.bot.vocabulary.Audience;
import org.springframework.stereotype.Component;

/**
 * Understands a question about events (where, which month, for whom, online, women only; the words
 * come from {@code dialogs/events.yml} lists) and picks upcoming events, soonest first, from the
 * town asked about, its neighbours, the rest of the prefecture and national online events.
 */
@Component
class EventFinder {

  /** How close an event is to the place asked about; lower is closer. */
  enum Tier {
    TOWN,
    NEIGHBOUR,
    PREFECTURE,
    NATIONAL,
    ANYWHERE
  }

  /**
   * An events question: the places it is about ({@code areas}, an avoided town among them as the
   * place to look around), the towns or whole prefectures whose own events are not to be shown
   * ({@code avoided}: 「高松以外で」), the month, for whom, online, women only.
   */
  record Question(
      List<Areas.Area> areas,
      List<Areas.Area> avoided,
      Optional<YearMonth> month,
      Set<Audience> audience,
      boolean online,
      boolean women) {

    Question {
      areas = List.copyOf(areas);
      avoided = List.copyOf(avoided);
    }

    /** Whether an event's own town or prefecture is one the person does not want. */
    boolean avoids(Event e) {
      return !e.national()
          && avoided.stream()
              .anyMatch(
                  a ->
                      a.prefecture().equals(e.prefecture())
                          && (a.wholePrefecture() || a.municipality().equals(e.municipality())));
    }
  }

  record Found(Event event, Tier tier) {}

  private final Events events;
  private final Areas areas;
  private final ResourceSearch places;
  private final DialogContent content;
  private final Clock clock;

  EventFinder(
      Events events, Areas areas, ResourceSearch places, DialogContent content, Clock clock) {
    content.require(EventLists.values());
    this.events = events;
    this.areas = areas;
    this.places = places;
    this.content = content;
    this.clock = clock;
  }

  Question understand(String text) {
    String s = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase();
    Set<Audience> audience = EnumSet.noneOf(Audience.class);
    for (Audience who : Audience.values()) {
      if (containsAny(s, EventLists.wordsFor(who))) {
        audience.add(who);
      }
    }
    String said = text == null ? "" : text;
    // The search's own reading of the places: which are avoided (「高松以外で」「地元じゃないところ」).
    PlaceRoles roles = places.places(said);
    List<Areas.Area> avoided = new ArrayList<>();
    roles.avoided().forEach(m -> avoided.add(new Areas.Area(m.prefecture(), m.name())));
    roles.avoidedPrefectures().forEach(p -> avoided.add(new Areas.Area(p, "")));
    java.util.LinkedHashSet<Areas.Area> asked =
        new java.util.LinkedHashSet<>(areas.mentioned(said));
    roles.wanted().forEach(m -> asked.add(new Areas.Area(m.prefecture(), m.name())));
    return new Question(
        List.copyOf(asked),
        avoided,
        month(s),
        audience,
        containsAny(s, EventLists.WORDS_ONLINE),
        containsAny(s, EventLists.WORDS_WOMEN));
  }

  /** Matching upcoming events, soonest first, ignoring the month when {@code ignoreMonth}. */
  List<Found> find(Question q, boolean ignoreMonth) {
    List<Found> out = new ArrayList<>();
    Map<Areas.Area, Set<Areas.Area>> near = new HashMap<>();
    for (Areas.Area area : q.areas()) {
      near.put(area, Set.copyOf(areas.neighbours(area)));
    }
    for (Event e : events.upcoming()) {
      Tier tier = tier(e, q.areas(), near);
      boolean wanted =
          tier != null
              && !q.avoids(e)
              && (ignoreMonth
                  || q.month().isEmpty()
                  || YearMonth.from(JapanTime.of(e.startsAt())).equals(q.month().get()))
              && (q.audience().isEmpty() || q.audience().stream().anyMatch(e.audience()::contains))
              && (!q.online() || e.remote())
              && (!q.women() || e.womenOnly());
      if (wanted) {
        out.add(new Found(e, tier));
      }
    }
    out.sort(Comparator.comparing((Found f) -> f.event().startsAt()));
    return out;
  }

  private static Tier tier(Event e, List<Areas.Area> asked, Map<Areas.Area, Set<Areas.Area>> near) {
    if (asked.isEmpty()) {
      return Tier.ANYWHERE;
    }
    Tier best = null;
    for (Areas.Area area : asked) {
      Tier t = null;
      if (e.national()) {
        t = Tier.NATIONAL;
      } else if (e.prefecture().equals(area.prefecture())) {
        if (area.wholePrefecture() || e.municipality().equals(area.municipality())) {
          t = Tier.TOWN;
        } else if (near.get(area).contains(new Areas.Area(e.prefecture(), e.municipality()))) {
          t = Tier.NEIGHBOUR;
        } else {
          t = Tier.PREFECTURE;
        }
      } else if (!e.municipality().isEmpty()
          && !area.wholePrefecture()
          && near.get(area).contains(new Areas.Area(e.prefecture(), e.municipality()))) {
        t = Tier.NEIGHBOUR;
      }
      if (t != null && (best == null || t.compareTo(best) < 0)) {
        best = t;
      }
    }
    return best;
  }

  private Optional<YearMonth> month(String s) {
    YearMonth now = YearMonth.from(JapanTime.today(clock));
    if (containsAny(s, EventLists.WORDS_THIS_MONTH)) {
      return Optional.of(now);
    }
    if (containsAny(s, EventLists.WORDS_NEXT_MONTH)) {
      return Optional.of(now.plusMonths(1));
    }
    for (String suffix : content.list(EventLists.WORDS_MONTH_SUFFIX)) {
      Matcher m = Pattern.compile("(?<![0-9])([0-9]{1,2})" + Pattern.quote(suffix)).matcher(s);
      if (m.find()) {
        int month = Integer.parseInt(m.group(1));
        if (month >= 1 && month <= 12) {
          YearMonth asked = now.withMonth(month);
          return Optional.of(asked.isBefore(now) ? asked.plusYears(1) : asked);
        }
      }
    }
    return Optional.empty();
  }

  private boolean containsAny(String s, EventLists list) {
    return content.list(list).stream().anyMatch(w -> s.contains(w.toLowerCase()));
  }
}
