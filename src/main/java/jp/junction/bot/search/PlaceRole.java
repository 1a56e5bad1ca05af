package jp.junction.bot.search;

/**
 * What a place named in a question is to the person: where they live, where they want to go, where
 * they do not want to go, or only named (a bare 「居場所 高松」, read as both home and the place wanted).
 */
enum PlaceRole {
  LIVES,
  WANTS,
  AVOIDS,
  NAMED
}
