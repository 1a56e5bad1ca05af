package jp.junction.bot.guide;

import java.util.Set;

/** The {@code dialogs/} text keys the guide uses, checked at startup. */
final class GuideTexts {

  private GuideTexts() {}

  static final Set<String> KEYS =
      Set.of(
          "search.found",
          "search.found.near",
          "search.what.default",
          "search.place.in",
          "search.widened.neighbours",
          "search.widened.prefecture",
          "search.widened.national",
          "search.excluded",
          "search.stale",
          "search.none",
          "search.more.label",
          "search.refine.family",
          "search.refine.online",
          "search.refine.neighbours",
          "search.refine.notlocal",
          "search.refine.location",
          "search.refine.national",
          "search.refine.menu",
          "search.query.national",
          "search.alt",
          "search.card.hours",
          "search.card.phone",
          "search.card.fee",
          "search.card.age",
          "search.card.distance",
          "search.card.checked",
          "search.card.checked.stale",
          "search.card.call",
          "search.card.site",
          "search.card.map",
          "search.area.national",
          "search.area.prefecture",
          "category.consultation",
          "category.ibasho",
          "category.peer",
          "category.family",
          "category.employment",
          "category.medical",
          "category.hotline",
          "category.outreach",
          "category.learning",
          "tag.anonymous",
          "tag.noReservation",
          "tag.online",
          "tag.womenOnly",
          "tag.family",
          "tag.free");
}
