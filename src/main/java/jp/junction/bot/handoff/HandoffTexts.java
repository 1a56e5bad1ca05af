package jp.junction.bot.handoff;

import jp.junction.bot.conversation.TextKey;

/** The texts of {@code dialogs/handoff.yml}. */
enum HandoffTexts implements TextKey {
  DATA("handoff.data"),
  HOURS("handoff.hours"),
  SPAN("handoff.span"),
  JOIN_DAYS("handoff.join.days"),
  JOIN_TIMES("handoff.join.times"),
  NEXT_TODAY("handoff.next.today"),
  NEXT_TOMORROW("handoff.next.tomorrow"),
  NEXT_LATER("handoff.next.later"),
  OFFER_OPEN("handoff.offer.open"),
  OFFER_CLOSED("handoff.offer.closed"),
  START_OPEN("handoff.start.open"),
  START_CLOSED("handoff.start.closed"),
  RETURNED("handoff.returned"),
  TIMED_OUT("handoff.timed_out"),
  MINUTES("handoff.unit.minutes"),
  HOURS_UNIT("handoff.unit.hours");

  private final String key;

  HandoffTexts(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
