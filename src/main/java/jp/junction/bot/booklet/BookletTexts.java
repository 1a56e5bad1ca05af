package jp.junction.bot.booklet;

import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.bot.vocabulary.Category;

/**
 * The {@code dialogs/booklet.yml} texts of the booklet and the area page, and the kinds of place
 * and tags of {@code search.yml} they share with the chat's cards.
 */
enum BookletTexts implements TextKey {
  TITLE("booklet.title"),
  COVER_AREA("booklet.cover.area"),
  COVER_QR("booklet.cover.qr"),
  COVER_KEEP("booklet.cover.keep"),
  WELCOME_HEADING("booklet.welcome.heading"),
  WELCOME("booklet.welcome"),
  TIER_LOCAL("booklet.tier.local"),
  TIER_NEIGHBOURS("booklet.tier.neighbours"),
  TIER_PREFECTURE("booklet.tier.prefecture"),
  TIER_NATIONAL("booklet.tier.national"),
  ENTRY_KIND("booklet.entry.kind"),
  ENTRY_FOR("booklet.entry.for"),
  ENTRY_AGE("booklet.entry.age"),
  ENTRY_HOURS("booklet.entry.hours"),
  ENTRY_PHONE("booklet.entry.phone"),
  ENTRY_URL("booklet.entry.url"),
  ENTRY_ADDRESS("booklet.entry.address"),
  ENTRY_FEE("booklet.entry.fee"),
  ENTRY_CHECKED("booklet.entry.checked"),
  ENTRY_SEPARATOR("booklet.entry.separator"),
  NONE("booklet.none"),
  CRISIS_HEADING("booklet.crisis.heading"),
  CRISIS_INTRO("booklet.crisis.intro"),
  CRISIS_EMERGENCY("booklet.crisis.emergency"),
  COLOPHON_HEADING("booklet.colophon.heading"),
  COLOPHON_PRINTED("booklet.colophon.printed"),
  COLOPHON_DATA("booklet.colophon.data"),
  COLOPHON_SOURCES("booklet.colophon.sources"),
  DATE("booklet.date"),
  AUDIENCE_SELF("booklet.audience.self"),
  AUDIENCE_FAMILY("booklet.audience.family"),
  AUDIENCE_SUPPORTER("booklet.audience.supporter"),
  WEB_TITLE("booklet.web.title"),
  WEB_PRINT("booklet.web.print"),
  WEB_ADD_FRIEND("booklet.web.addFriend"),
  WEB_NOT_FOUND("booklet.web.notFound"),
  CATEGORY_CONSULTATION("category.consultation"),
  CATEGORY_IBASHO("category.ibasho"),
  CATEGORY_PEER("category.peer"),
  CATEGORY_FAMILY("category.family"),
  CATEGORY_EMPLOYMENT("category.employment"),
  CATEGORY_HOTLINE("category.hotline"),
  CATEGORY_LEARNING("category.learning"),
  CATEGORY_MEDICAL("category.medical"),
  CATEGORY_OUTREACH("category.outreach"),
  TAG_ANONYMOUS("tag.anonymous"),
  TAG_NO_RESERVATION("tag.noReservation"),
  TAG_ONLINE("tag.online"),
  TAG_WOMEN_ONLY("tag.womenOnly"),
  TAG_FAMILY("tag.family");

  private final String key;

  BookletTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  static BookletTexts category(Category category) {
    return valueOf("CATEGORY_" + category.name());
  }

  static BookletTexts audience(Audience audience) {
    return valueOf("AUDIENCE_" + audience.name());
  }
}
