package jp.junction.bot.places;

import java.util.List;

/**
 * What {@link Areas#resolve} read as places in a text, in order, each with how it was found and
 * whether it is unsure (several towns or regions, or a guess from a misspelling).
 */
public record Resolution(List<Resolution.Place> places) {

  public Resolution {
    places = List.copyOf(places);
  }

  /** How a place was found. */
  public enum How {
    /** the name as the gazetteer spells it, its reading or romaji (高松, たかまつ, Takamatsu) */
    EXACT,
    /** variant kanji or ヶ/ケ/が (塩釜 for 塩竈市) */
    VARIANT,
    /** a town area (町域) standing for its municipality (難波 → 大阪市) */
    DISTRICT,
    /** a regional name standing for the municipalities it covers (泉州, 北摂) */
    REGION,
    /** kanji that read like a place (高末 → 高松市): to be confirmed with the person */
    SAME_READING,
    /** a kanji name with one wrong character (東久留目 → 東久留米市): to be confirmed */
    NEAR_MISS
  }

  /**
   * A place in the text: the characters [start, end) of the normalised text, the areas it stands
   * for (a region's municipalities; a district's or name's candidates), whether those are {@code
   * ambiguous} (several candidates the text does not decide between), and {@code alternatives}:
   * other readings of the same words (多摩: the region, or 多摩市; 高末: 高松市, or the 町域 高末 of 新温泉町).
   */
  public record Place(
      String surface,
      int start,
      int end,
      How how,
      List<Areas.Area> areas,
      boolean ambiguous,
      List<Areas.Area> alternatives) {

    public Place {
      areas = List.copyOf(areas);
      alternatives = List.copyOf(alternatives);
    }

    /** A guess from a misspelling: the search should ask ("高松のことですか？"), not assume. */
    public boolean guess() {
      return how == How.SAME_READING || how == How.NEAR_MISS;
    }

    /** Whether the search should ask or widen rather than take {@link #areas()} as said. */
    public boolean unsure() {
      return ambiguous || guess() || !alternatives.isEmpty();
    }
  }

  /** The places that are guesses ("did you mean"). */
  public List<Place> guesses() {
    return places.stream().filter(Place::guess).toList();
  }
}
