package jp.junction.bot.saved;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.junction.bot.conversation.DialogContent;
import jp.junction.bot.directory.DirectoryEntry;
import jp.junction.bot.guide.ResourceCards;
import jp.junction.bot.line.LineLimits;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.stereotype.Component;

/**
 * 「保存した場所」 as messages: a line saying how many and for how long, then the places as cards with
 * today's details (a retired or removed place as a short card saying so), each with 「外す」, and quick
 * replies to remove them all or go back to the menu.
 */
@Component
class SavedList {

  private final ResourceCards cards;
  private final DialogContent content;
  private final SavedSettings settings;

  SavedList(ResourceCards cards, DialogContent content, SavedSettings settings) {
    this.cards = cards;
    this.content = content;
    this.settings = settings;
  }

  List<OutgoingMessage> messages(List<PlaceLookup.Place> places) {
    List<OutgoingMessage.Card> all = places.stream().map(this::card).toList();
    List<OutgoingMessage> out = new ArrayList<>();
    out.add(
        new OutgoingMessage.Text(
            content.text(
                SavedTexts.LIST,
                Map.of(
                    "count", places.size(),
                    "limit", settings.limit(),
                    "days", settings.retention().toDays()))));
    for (int from = 0; from < all.size(); from += LineLimits.CAROUSEL_BUBBLES) {
      List<OutgoingMessage.Card> part =
          all.subList(from, Math.min(all.size(), from + LineLimits.CAROUSEL_BUBBLES));
      boolean last = from + LineLimits.CAROUSEL_BUBBLES >= all.size();
      out.add(new OutgoingMessage.Cards(alt(part), part, last ? quickReplies() : List.of()));
    }
    return out;
  }

  /**
   * One place as a card with 「外す」: today's details, or a short card saying why it is not offered.
   */
  OutgoingMessage.Card card(PlaceLookup.Place place) {
    if (place instanceof PlaceLookup.Place.Current current) {
      return cards.card(current.resource(), List.of(remove(current.resource().id(), name(place))));
    }
    if (place instanceof PlaceLookup.Place.Retired retired) {
      SavedTexts why =
          retired.status() == DirectoryEntry.Status.TEMPORARILY_CLOSED
              ? SavedTexts.RETIRED_PAUSED
              : SavedTexts.RETIRED_ENDED;
      return shortCard(retired.resource().name(), why, retired.resource().id(), place);
    }
    PlaceLookup.Place.Gone gone = (PlaceLookup.Place.Gone) place;
    return shortCard(content.text(SavedTexts.GONE_TITLE), SavedTexts.GONE, gone.id(), place);
  }

  /** A place not offered any more: its name (if known), why, and the button to remove it. */
  private OutgoingMessage.Card shortCard(
      String title, SavedTexts why, String id, PlaceLookup.Place place) {
    return new OutgoingMessage.Card(
        title, null, List.of(content.text(why)), List.of(), null, List.of(remove(id, name(place))));
  }

  private OutgoingMessage.Action remove(String id, String name) {
    String shown = content.text(SavedTexts.REMOVE_SHOWN, Map.of("name", name));
    return content.postback(
        content.text(SavedTexts.REMOVE),
        "saved.remove",
        Map.of("id", id),
        LineLimits.clip(shown, LineLimits.ACTION_TEXT));
  }

  /** The quick reply 「保存した場所」, which shows this list. */
  OutgoingMessage.Action showList() {
    String label = content.text(SavedTexts.SHOW_LIST);
    return content.postback(label, "saved.list", Map.of(), label);
  }

  private List<OutgoingMessage.Action> quickReplies() {
    return List.of(
        content.gotoNode(content.text(SavedTexts.CLEAR), SavedNodes.CLEAR),
        content.gotoNode(content.text(SavedTexts.MENU), SavedNodes.MENU));
  }

  private String alt(List<OutgoingMessage.Card> part) {
    String names =
        part.stream()
            .map(OutgoingMessage.Card::title)
            .collect(Collectors.joining(content.text(SavedTexts.SEPARATOR)));
    return LineLimits.clip(
        content.text(SavedTexts.ALT, Map.of("names", names)), LineLimits.ALT_TEXT);
  }

  private String name(PlaceLookup.Place place) {
    if (place instanceof PlaceLookup.Place.Current current) {
      return current.resource().name();
    }
    if (place instanceof PlaceLookup.Place.Retired retired) {
      return retired.resource().name();
    }
    return content.text(SavedTexts.GONE_TITLE);
  }
}
