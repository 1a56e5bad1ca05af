package jp.junction.bot.guide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.search.PlaceRoles;

/**
 * Says which place the search took when a name was only a guess (a same-reading or one-character
 * misspelling: 「『高末』は『高松市』としてさがしました」) or when a district name is in several towns, and offers the
 * other towns it could mean as chips, instead of silently reading one of them.
 */
final class PlaceGuesses {

  /** Chips for other towns a name could mean, at most. */
  private static final int MAX_CHIPS = 3;

  /** What to tell and offer. */
  record Told(List<String> lines, List<OutgoingMessage.Action> chips) {}

  private final Gazetteer gazetteer;
  private final DialogContent words;

  PlaceGuesses(Gazetteer gazetteer, DialogContent words) {
    this.gazetteer = gazetteer;
    this.words = words;
  }

  Told tell(String text, PlaceRoles roles) {
    List<String> lines = new ArrayList<>();
    List<OutgoingMessage.Action> chips = new ArrayList<>();
    for (Gazetteer.Mention m : gazetteer.mentions(text)) {
      boolean guess = m.nearMiss();
      boolean shared =
          m.match() == Gazetteer.Match.DISTRICT && cities(m.municipalities()).size() > 1;
      if (!guess && !shared) {
        continue;
      }
      Map<String, Municipality> candidates = cities(m.municipalities());
      Municipality taken =
          candidates.values().stream().filter(t -> read(t, roles)).findFirst().orElse(null);
      if (taken == null) {
        continue;
      }
      lines.add(
          words.text(
              guess ? GuideTexts.GUESS_TAKEN : GuideTexts.GUESS_SHARED,
              Map.of("said", m.surface(), "place", taken.name())));
      // A name in a few towns offers each; one in dozens (本町, 中央町) only asks for the town too.
      if (candidates.size() > MAX_CHIPS + 1) {
        continue;
      }
      candidates.values().stream()
          .filter(t -> !t.key().equals(taken.key()))
          .limit(MAX_CHIPS)
          .forEach(
              t -> {
                String label = words.text(GuideTexts.GUESS_CHIP, Map.of("place", label(t)));
                String fixed = text.replace(m.surface(), t.prefecture() + t.name());
                chips.add(
                    words.postback(
                        label,
                        SearchAnswers.ACTION,
                        new Question(fixed, null, null, 0).toArgs(),
                        label));
              });
    }
    return new Told(lines, chips);
  }

  /** Whether the search read this town as a place of the question, in any role. */
  private static boolean read(Municipality town, PlaceRoles roles) {
    String key = town.key();
    return (roles.home() != null && roles.home().key().equals(key))
        || roles.wants(key)
        || roles.avoided().stream().anyMatch(t -> t.key().equals(key));
  }

  private Map<String, Municipality> cities(List<Municipality> towns) {
    Map<String, Municipality> out = new LinkedHashMap<>();
    towns.stream().map(gazetteer::cityOf).forEach(t -> out.putIfAbsent(t.key(), t));
    return out;
  }

  private static String label(Municipality town) {
    String full = town.prefecture() + town.name();
    return full.length() <= 14 ? full : town.name();
  }
}
