package jp.junction.bot.vocabulary;

/**
 * A condition a service meets and a person may ask for (the {@code flag.<code>} signals of the
 * search's lexicon), in the order a card shows them. Some come straight from resources.csv columns
 * ({@code online}, {@code anonymous_ok}, {@code women_only}, and {@code reservation_required} for
 * its opposite); the search works out the others from the hours, fee and address.
 */
public enum Flag implements Coded {
  /** 匿名OK: can be used without giving a name */
  ANONYMOUS_OK,
  /** 予約不要: no reservation needed */
  NO_RESERVATION,
  /** オンライン: can be used online */
  ONLINE,
  /** 女性のみ: for women only */
  WOMEN_ONLY,
  /** 無料: costs nothing (the fee starts with 無料) */
  FREE,
  /** 夜間: open in the evening (until 19:00 or later, overnight, 24 hours) */
  EVENING,
  /** 土日: open at the weekend */
  WEEKEND,
  /** 対面: can be met in person (has an address, or comes to the home) */
  IN_PERSON
}
