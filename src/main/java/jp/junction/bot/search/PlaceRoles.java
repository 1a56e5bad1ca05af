package jp.junction.bot.search;

import java.util.List;
import java.util.Set;
import jp.junction.bot.places.Municipality;

/**
 * The places of a question by role, one reading that ranking and the answer's words share, and that
 * other features asking about places in free text (events) read through {@link
 * ResourceSearch#places(String)}.
 *
 * @param home the person's own town (said as lived in, or the town the question is about), or null
 * @param homeWanted whether the home town's own services fit (not avoided, and not only said as
 *     where the person lives while asking for somewhere else)
 * @param wanted other towns asked for (「西東京とか埼玉側」「前橋か高崎」), in the order named
 * @param avoided towns not to be offered (「高崎と前橋は避けたい」), the home town among them when avoided
 * @param wantedPrefectures prefectures asked for other than the home's own (「埼玉の方で」)
 * @param avoidedPrefectures prefectures not to be offered (「都内だと気まずい」)
 */
public record PlaceRoles(
    Municipality home,
    boolean homeWanted,
    List<Municipality> wanted,
    List<Municipality> avoided,
    Set<String> wantedPrefectures,
    Set<String> avoidedPrefectures) {

  public static final PlaceRoles NONE =
      new PlaceRoles(null, false, List.of(), List.of(), Set.of(), Set.of());

  public PlaceRoles {
    wanted = List.copyOf(wanted);
    avoided = List.copyOf(avoided);
    wantedPrefectures = Set.copyOf(wantedPrefectures);
    avoidedPrefectures = Set.copyOf(avoidedPrefectures);
  }

  /** The person's own town is one they do not want to be offered. */
  public boolean avoidsHome() {
    return home != null
        && (avoidedPrefectures.contains(home.prefecture())
            || avoided.stream().anyMatch(t -> t.key().equals(home.key())));
  }

  /** Whether a town ({@code 県/市} key) is not to be offered. */
  public boolean avoids(String townKey, String prefecture) {
    return avoidedPrefectures.contains(prefecture)
        || avoided.stream().anyMatch(t -> t.key().equals(townKey));
  }

  /** Whether a town ({@code 県/市} key) is one asked for by name, other than the home town. */
  public boolean wants(String townKey) {
    return wanted.stream().anyMatch(t -> t.key().equals(townKey));
  }
}
