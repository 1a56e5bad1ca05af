package jp.junction.bot.line;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.linecorp.bot.messaging.model.DatetimePickerAction;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexButton;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.LocationAction;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.QuickReply;
import com.linecorp.bot.messaging.model.QuickReplyItem;
import com.linecorp.bot.messaging.model.TextMessage;
import com.linecorp.bot.messaging.model.URIAction;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import jp.junction.bot.vocabulary.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns our {@link OutgoingMessage}s into SDK messages within {@link LineLimits}: at most 5
 * messages, texts, labels, altText and postback data clipped to their lengths, at most 13 quick
 * replies, a carousel cut to 12 bubbles and 50 KB, and links as {@link Link} normalises them (a
 * link LINE would refuse loses its button, never the reply).
 */
class SdkMessages {

  /** Our own cap on one Flex text (LINE sets none but the bubble's size). */
  private static final int FLEX_TEXT = 1000;

  private static final Logger log = LoggerFactory.getLogger(SdkMessages.class);

  /** A phone link as the bot builds them: a number (a leading +), then digits and # * - only. */
  private static final Pattern TEL = Pattern.compile("tel:\\+?[0-9][0-9#*-]{0,29}");

  private final ObjectMapper json = new ObjectMapper();

  /**
   * Carousels already converted, by identity: an answer kept for repeated questions is the same
   * object each time, so its cards are built and measured once. Weak keys: an entry goes when the
   * answer is no longer kept anywhere.
   */
  private final Cache<OutgoingMessage.Cards, Message> carousels =
      Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

  List<Message> toSdk(List<OutgoingMessage> messages) {
    List<Message> out = new ArrayList<>();
    for (OutgoingMessage message :
        messages.subList(0, Math.min(LineLimits.MESSAGES_PER_REQUEST, messages.size()))) {
      out.add(toSdk(message));
    }
    return out;
  }

  Message toSdk(OutgoingMessage message) {
    if (message instanceof OutgoingMessage.Text text) {
      QuickReply quickReply = quickReply(message.quickReplies());
      return new TextMessage(
          quickReply, null, LineLimits.clip(text.text(), LineLimits.TEXT), null, null);
    }
    return carousels.get((OutgoingMessage.Cards) message, this::carousel);
  }

  private Message carousel(OutgoingMessage.Cards cards) {
    QuickReply quickReply = quickReply(cards.quickReplies());
    List<FlexBubble> bubbles = new ArrayList<>();
    for (OutgoingMessage.Card card : cards.cards()) {
      if (bubbles.size() == LineLimits.CAROUSEL_BUBBLES) {
        break;
      }
      bubbles.add(bubble(card));
    }
    String altText = LineLimits.clip(cards.altText(), LineLimits.ALT_TEXT);
    FlexMessage flex = new FlexMessage(quickReply, null, altText, new FlexCarousel(bubbles));
    while (bubbles.size() > 1 && bytes(flex) > LineLimits.CAROUSEL_BYTES) {
      bubbles.remove(bubbles.size() - 1);
      flex = new FlexMessage(quickReply, null, altText, new FlexCarousel(bubbles));
    }
    return flex;
  }

  private FlexBubble bubble(OutgoingMessage.Card card) {
    List<FlexComponent> body = new ArrayList<>();
    body.add(text(card.title(), "lg", FlexText.Weight.BOLD, "#222222"));
    if (has(card.subtitle())) {
      body.add(text(card.subtitle(), "xs", null, "#06A14B"));
    }
    for (String line : card.lines()) {
      body.add(text(line, "sm", null, "#444444"));
    }
    if (!card.tags().isEmpty()) {
      body.add(text(String.join(" ・ ", card.tags()), "xs", FlexText.Weight.BOLD, "#B35C00"));
    }
    if (has(card.note())) {
      body.add(text(card.note(), "xxs", null, "#999999"));
    }
    FlexBubble.Builder bubble =
        new FlexBubble.Builder()
            .size(FlexBubble.Size.KILO)
            .body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body).spacing("sm").build());
    if (!card.buttons().isEmpty()) {
      List<FlexComponent> buttons = new ArrayList<>();
      for (OutgoingMessage.Action action : card.buttons()) {
        action(action)
            .ifPresent(
                sdk ->
                    buttons.add(
                        new FlexButton.Builder(sdk)
                            .style(FlexButton.Style.LINK)
                            .height(FlexButton.Height.SM)
                            .build()));
      }
      if (!buttons.isEmpty()) {
        bubble.footer(new FlexBox.Builder(FlexBox.Layout.VERTICAL, buttons).spacing("xs").build());
      }
    }
    return bubble.build();
  }

  private static FlexText text(String value, String size, FlexText.Weight weight, String color) {
    FlexText.Builder text =
        new FlexText.Builder()
            .text(LineLimits.clip(value, FLEX_TEXT))
            .size(size)
            .wrap(true)
            .color(color);
    if (weight != null) {
      text.weight(weight);
    }
    return text.build();
  }

  private QuickReply quickReply(List<OutgoingMessage.Action> actions) {
    if (actions.isEmpty()) {
      return null;
    }
    List<QuickReplyItem> items = new ArrayList<>();
    for (OutgoingMessage.Action action : actions) {
      if (items.size() == LineLimits.QUICK_REPLIES) {
        break;
      }
      action(action).ifPresent(sdk -> items.add(new QuickReplyItem(sdk)));
    }
    return items.isEmpty() ? null : new QuickReply(items);
  }

  /** The SDK action, or empty for a link LINE would refuse (it drops the button, not the reply). */
  static Optional<com.linecorp.bot.messaging.model.Action> action(OutgoingMessage.Action action) {
    if (action instanceof OutgoingMessage.Action.Uri uri) {
      return uri(uri.uri()).map(u -> new URIAction(label(uri), u, null));
    }
    return Optional.of(plain(action));
  }

  private static String label(OutgoingMessage.Action action) {
    return LineLimits.clip(action.label(), LineLimits.QUICK_REPLY_LABEL);
  }

  private static com.linecorp.bot.messaging.model.Action plain(OutgoingMessage.Action action) {
    String label = label(action);
    if (action instanceof OutgoingMessage.Action.Postback postback) {
      return new PostbackAction(
          label,
          LineLimits.clip(postback.data(), LineLimits.POSTBACK_DATA),
          postback.displayText(),
          null,
          null,
          null);
    }
    if (action instanceof OutgoingMessage.Action.Message message) {
      return new MessageAction(label, message.text());
    }
    if (action instanceof OutgoingMessage.Action.DatePicker picker) {
      return new DatetimePickerAction(
          label,
          LineLimits.clip(picker.data(), LineLimits.POSTBACK_DATA),
          DatetimePickerAction.Mode.DATE,
          picker.initial(),
          picker.max(),
          picker.min());
    }
    return new LocationAction(label);
  }

  /**
   * A link as LINE takes it: a web link normalised by {@link Link}, or a {@code tel:} number; else
   * empty (logged without the link, which may come from staff data).
   */
  static Optional<URI> uri(String link) {
    if (Link.looksLikeLink(link)) {
      Optional<URI> web = Link.tryParse(link).map(Link::uri);
      if (web.isEmpty()) {
        log.warn("Left out a button whose link LINE would refuse ({} characters)", link.length());
      }
      return web;
    }
    if (link != null && TEL.matcher(link).matches()) {
      try {
        return Optional.of(new URI(link));
      } catch (URISyntaxException e) {
        log.warn("Left out a button whose phone link is not a valid URI");
        return Optional.empty();
      }
    }
    log.warn("Left out a button whose link is not a web link or a phone number");
    return Optional.empty();
  }

  private int bytes(FlexMessage message) {
    try {
      return json.writeValueAsString(message).getBytes(StandardCharsets.UTF_8).length;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Flex message cannot be serialised", e);
    }
  }

  private static boolean has(String value) {
    return value != null && !value.isBlank();
  }
}
