package jp.junction.bot.places;

import java.util.Set;

/** A prefecture (都道府県) with the codes of the prefectures it borders. */
public record Prefecture(String code, String name, String kana, Set<String> adjacentCodes) {

  public Prefecture {
    adjacentCodes = Set.copyOf(adjacentCodes);
  }
}
