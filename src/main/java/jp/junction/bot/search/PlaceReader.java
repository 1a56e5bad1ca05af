package jp.junction.bot.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.junction.bot.places.Gazetteer;
import jp.junction.bot.places.Municipality;
import jp.junction.bot.places.Prefecture;

/**
 * The place a question is about. A town wins over a prefecture; an ambiguous name (富岡, 小平) is read
 * as the town named with its prefecture, else the one the corpus serves; a bare name shared by a
 * prefecture and its capital (大阪, 和歌山) is the prefecture unless someone lives there.
 */
final class PlaceReader {

  private final Gazetteer gazetteer;
  private final Lexicon lexicon;
  private final Map<String, Integer> placeWeights;

  PlaceReader(Gazetteer gazetteer, Lexicon lexicon, Map<String, Integer> placeWeights) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.placeWeights = placeWeights;
  }

  /**
   * The town asked about (a city, never a ward), or only a prefecture, or neither; {@code after} is
   * the text right after the town's name (高松「以外で…」).
   */
  record Place(Municipality town, Prefecture prefecture, String after) {}

  /** Reads the place from the normalised text and its kana forms. */
  Place read(String text, String[] forms) {
    List<Found> found = new ArrayList<>();
    gazetteer.mentions(text).forEach(m -> found.add(new Found(m, text)));
    if (!forms[2].equals(forms[1])) {
      gazetteer.mentions(forms[2]).forEach(m -> found.add(new Found(m, forms[2])));
    }
    Set<String> namedPrefectures = new LinkedHashSet<>();
    for (Found f : found) {
      if (f.mention().prefecture() != null) {
        namedPrefectures.add(f.mention().prefecture().name());
      }
    }
    boolean residence = lexicon.has("place.residence", forms);
    for (Found f : found) {
      Gazetteer.Mention m = f.mention();
      boolean sharedWithPrefecture = m.prefecture() != null;
      if (m.municipalities().isEmpty() || (sharedWithPrefecture && !residence)) {
        continue;
      }
      // A near-miss spelling is only trusted for a town the data serves (東久留目 → 東久留米).
      Municipality town =
          m.municipalities().stream()
              .filter(t -> !m.nearMiss() || served(t))
              .max(Comparator.comparingInt(t -> weight(t, namedPrefectures)))
              .map(gazetteer::cityOf)
              .orElse(null);
      if (town != null) {
        String after = f.source().substring(m.end(), Math.min(f.source().length(), m.end() + 12));
        return new Place(town, gazetteer.prefecture(town.prefecture()).orElse(null), after);
      }
    }
    for (Found f : found) {
      if (f.mention().prefecture() != null) {
        return new Place(null, f.mention().prefecture(), "");
      }
    }
    return new Place(null, null, "");
  }

  /** A mention with the form of the text it was found in. */
  private record Found(Gazetteer.Mention mention, String source) {}

  private boolean served(Municipality town) {
    return placeWeights.getOrDefault(gazetteer.cityOf(town).key(), 0) > 0;
  }

  private int weight(Municipality town, Set<String> namedPrefectures) {
    Municipality city = gazetteer.cityOf(town);
    int weight =
        placeWeights.getOrDefault(city.key(), 0) * 10
            + placeWeights.getOrDefault(city.prefecture(), 0);
    if (namedPrefectures.contains(city.prefecture())) {
      weight += 100_000;
    }
    if (city.name().endsWith("市")) {
      weight += 1;
    }
    return weight;
  }
}
