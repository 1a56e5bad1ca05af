package jp.junction.bot.events;

import java.util.Optional;
import jp.junction.bot.conversation.TextKey;
import jp.junction.bot.vocabulary.Audience;

/** The {@code dialogs/events.yml} texts the events feature names. */
enum EventTexts implements TextKey {
  ALT("events.alt"),
  AUDIENCE_FAMILY("events.audience.family"),
  AUDIENCE_SELF("events.audience.self"),
  AUDIENCE_SUPPORTER("events.audience.supporter"),
  BUTTON_REGISTER("events.button.register"),
  BUTTON_REMIND("events.button.remind"),
  BUTTON_REMIND_SHOWN("events.button.remind.shown"),
  DATE("events.date"),
  FOR("events.for"),
  INTRO("events.intro"),
  INTRO_AVOIDING("events.intro_avoiding"),
  INTRO_HERE("events.intro_here"),
  JUST_COME("events.just_come"),
  NONE("events.none"),
  NONE_AVOIDING("events.none_avoiding"),
  NONE_HERE("events.none_here"),
  NONE_IN_MONTH("events.none_in_month"),
  ONLINE_PLACE("events.online_place"),
  PLACE("events.place"),
  REGISTER("events.register"),
  SEPARATOR("events.separator"),
  TAG_ONLINE("events.tag.online"),
  THEN("events.then"),
  TAG_WOMEN("events.tag.women"),
  TIER_NATIONAL("events.tier.national"),
  TIER_NEIGHBOUR("events.tier.neighbour"),
  TIER_PREFECTURE("events.tier.prefecture"),
  TIER_TOWN("events.tier.town"),
  WHEN("events.when"),
  WHEN_OPEN("events.when_open"),
  WOMEN_ONLY("events.women_only");

  private final String key;

  EventTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }

  /** How an audience is named. */
  static EventTexts audience(Audience audience) {
    return switch (audience) {
      case SELF -> AUDIENCE_SELF;
      case FAMILY -> AUDIENCE_FAMILY;
      case SUPPORTER -> AUDIENCE_SUPPORTER;
    };
  }

  /** The note saying how far a found event is from the place asked about, when there is one. */
  static Optional<EventTexts> tier(EventFinder.Tier tier) {
    return switch (tier) {
      case TOWN -> Optional.of(TIER_TOWN);
      case NEIGHBOUR -> Optional.of(TIER_NEIGHBOUR);
      case PREFECTURE -> Optional.of(TIER_PREFECTURE);
      case NATIONAL -> Optional.of(TIER_NATIONAL);
      case ANYWHERE -> Optional.empty();
    };
  }
}
