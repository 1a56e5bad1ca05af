package jp.junction.bot.webhook;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.LocationMessageContent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UnsendEvent;
import java.util.Optional;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;

/** Turns a LINE event from a one-to-one chat into our {@link Inbound}; LINE types stop here. */
final class InboundTranslator {

  private InboundTranslator() {}

  /** The inbound event, or empty for event types the bot does not handle. */
  static Optional<Inbound> translate(Event event, Person person) {
    if (event instanceof MessageEvent message) {
      if (message.message() instanceof TextMessageContent text) {
        return Optional.of(new Inbound.Text(person, nullToEmpty(text.text()), text.id()));
      }
      if (message.message() instanceof LocationMessageContent location
          && location.latitude() != null
          && location.longitude() != null) {
        return Optional.of(
            new Inbound.Location(
                person,
                location.latitude(),
                location.longitude(),
                location.title(),
                location.id()));
      }
      return Optional.of(new Inbound.Other(person));
    }
    if (event instanceof PostbackEvent postback) {
      String data = postback.postback() == null ? "" : nullToEmpty(postback.postback().data());
      return Optional.of(new Inbound.Postback(person, withDate(data, postback.postback())));
    }
    if (event instanceof FollowEvent) {
      return Optional.of(new Inbound.Follow(person));
    }
    if (event instanceof UnfollowEvent) {
      return Optional.of(new Inbound.Unfollow(person));
    }
    if (event instanceof UnsendEvent unsend && unsend.unsend() != null) {
      return Optional.of(new Inbound.Unsend(person, unsend.unsend().messageId()));
    }
    return Optional.empty();
  }

  /**
   * A date picker's postback with the day chosen ({@code params.date}, yyyy-MM-dd) as one more pair
   * of its data ({@code &date=2026-12-24}), which the action reads like its other arguments;
   * anything that is not a plain date is left out.
   */
  static String withDate(String data, com.linecorp.bot.webhook.model.PostbackContent postback) {
    String date =
        postback == null || postback.params() == null ? null : postback.params().get("date");
    if (date == null || !date.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}") || data.isEmpty()) {
      return data;
    }
    return data + "&date=" + date;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
