package jp.junction.bot.guide;

import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.vocabulary.Category;

/** The {@code dialogs/search.yml} texts the guide writes its answers and cards with. */
enum GuideTexts implements TextKey {
  CATEGORY_CONSULTATION("category.consultation"),
  CATEGORY_EMPLOYMENT("category.employment"),
  CATEGORY_FAMILY("category.family"),
  CATEGORY_HOTLINE("category.hotline"),
  CATEGORY_IBASHO("category.ibasho"),
  CATEGORY_LEARNING("category.learning"),
  CATEGORY_MEDICAL("category.medical"),
  CATEGORY_OUTREACH("category.outreach"),
  CATEGORY_PEER("category.peer"),
  ALT("search.alt"),
  AREA_NATIONAL("search.area.national"),
  AREA_PREFECTURE("search.area.prefecture"),
  BREAKDOWN("search.breakdown"),
  BREAKDOWN_PAGE("search.breakdown.page"),
  CARD_AGE("search.card.age"),
  CARD_CALL("search.card.call"),
  CARD_CHECKED("search.card.checked"),
  CARD_CHECKED_STALE("search.card.checked.stale"),
  CARD_DISTANCE("search.card.distance"),
  CARD_FEE("search.card.fee"),
  CARD_HOURS("search.card.hours"),
  CARD_HOURS_NOTE("search.card.hours.note"),
  CARD_MAP("search.card.map"),
  CARD_PHONE("search.card.phone"),
  CARD_SAVE("search.card.save"),
  CARD_SAVE_SHOWN("search.card.save.shown"),
  CARD_SITE("search.card.site"),
  EXCLUDED("search.excluded"),
  FOUND("search.found"),
  FOUND_NEAR("search.found.near"),
  GUESS_CHIP("search.guess.chip"),
  GUESS_SHARED("search.guess.shared"),
  GUESS_TAKEN("search.guess.taken"),
  MORE_END("search.more.end"),
  LIST_LABEL("search.list.label"),
  LIST_TEXT("search.list.text"),
  LIST_TITLE("search.list.title"),
  MORE_LABEL("search.more.label"),
  MORE_NOTHING("search.more.nothing"),
  NONE("search.none"),
  PART_ASKED("search.part.asked"),
  PART_NATIONAL("search.part.national"),
  PART_NEARBY("search.part.nearby"),
  PART_PREFECTURE("search.part.prefecture"),
  PART_SEPARATOR("search.part.separator"),
  PLACE_IN("search.place.in"),
  QUERY_NATIONAL("search.query.national"),
  REFINE_CLEAR("search.refine.clear"),
  REFINE_FAMILY("search.refine.family"),
  REFINE_LOCATION("search.refine.location"),
  REFINE_MENU("search.refine.menu"),
  REFINE_NATIONAL("search.refine.national"),
  REFINE_NEIGHBOURS("search.refine.neighbours"),
  REFINE_NOTLOCAL("search.refine.notlocal"),
  REFINE_OFF("search.refine.off"),
  REFINE_ONLINE("search.refine.online"),
  REMEMBERED_HERE("search.remembered.here"),
  REMEMBERED_PLACES("search.remembered.places"),
  STALE("search.stale"),
  WHAT_DEFAULT("search.what.default"),
  WIDENED_NATIONAL("search.widened.national"),
  WIDENED_NEIGHBOURS("search.widened.neighbours"),
  WIDENED_PREFECTURE("search.widened.prefecture"),
  TAG_ANONYMOUS("tag.anonymous"),
  TAG_FAMILY("tag.family"),
  TAG_FREE("tag.free"),
  TAG_NO_RESERVATION("tag.noReservation"),
  TAG_ONLINE("tag.online"),
  TAG_WOMEN_ONLY("tag.womenOnly");

  private final String key;

  GuideTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** The name of a kind of help. */
  static GuideTexts category(Category category) {
    return switch (category) {
      case CONSULTATION -> CATEGORY_CONSULTATION;
      case IBASHO -> CATEGORY_IBASHO;
      case PEER -> CATEGORY_PEER;
      case FAMILY -> CATEGORY_FAMILY;
      case EMPLOYMENT -> CATEGORY_EMPLOYMENT;
      case HOTLINE -> CATEGORY_HOTLINE;
      case LEARNING -> CATEGORY_LEARNING;
      case MEDICAL -> CATEGORY_MEDICAL;
      case OUTREACH -> CATEGORY_OUTREACH;
    };
  }
}
