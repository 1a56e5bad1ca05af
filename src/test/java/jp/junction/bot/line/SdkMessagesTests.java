package jp.junction.bot.line;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our messages become SDK messages within LINE's limits, whatever the content. */
class SdkMessagesTests {

  private final SdkMessages messages = new SdkMessages();

  @Test
  void moreThanFiveMessagesAreCutToFive() {
    List<OutgoingMessage> many = Collections.nCopies(7, new OutgoingMessage.Text("x"));
    assertThat(messages.toSdk(many)).hasSize(5);
  }

  @Test
  void longTextIsCutWithoutSplittingAnEmoji() {
    String text = "あ".repeat(4999) + "😀" + "い";
    TextMessage out = (TextMessage) messages.toSdk(new OutgoingMessage.Text(text));
    assertThat(out.text()).hasSize(4999);
  }

  @Test
  void quickRepliesAreCappedAtThirteenWithLabelsOfTwentyCharacters() {
    List<OutgoingMessage.Action> actions = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      actions.add(new OutgoingMessage.Action.Message("とても長いラベルです、二十文字を超えてしまうラベル" + i, "t"));
    }
    TextMessage out = (TextMessage) messages.toSdk(new OutgoingMessage.Text("x", actions));
    assertThat(out.quickReply().items()).hasSize(13);
    assertThat(out.quickReply().items().get(0).action().label()).hasSizeLessThanOrEqualTo(20);
  }

  @Test
  void aCarouselKeepsAtMostTwelveBubblesAndStaysUnderFiftyKilobytes() throws Exception {
    List<OutgoingMessage.Card> cards = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      cards.add(
          new OutgoingMessage.Card(
              "名前" + i,
              "居場所 ・ 香川県高松市",
              List.of("説明".repeat(400), "🕒 月〜金 10:00-17:00"),
              List.of("匿名OK", "無料"),
              "最終確認 2026-01-01",
              List.of(new OutgoingMessage.Action.Uri("電話する", "tel:0000000000"))));
    }
    Message out = messages.toSdk(new OutgoingMessage.Cards("見つかった場所", cards, List.of()));

    FlexMessage flex = (FlexMessage) out;
    int bubbles = ((FlexCarousel) flex.contents()).contents().size();
    assertThat(bubbles).isBetween(1, 12);
    int bytes = new ObjectMapper().writeValueAsString(flex).getBytes(StandardCharsets.UTF_8).length;
    assertThat(bytes).isLessThanOrEqualTo(50_000);
  }

  @Test
  void aKeptAnswerIsConvertedOnceAndAnEqualNewOneTheSameWay() {
    OutgoingMessage.Card card =
        new OutgoingMessage.Card("名前", "居場所", List.of("説明"), List.of("無料"), null, List.of());
    OutgoingMessage.Cards kept = new OutgoingMessage.Cards("見つかった場所", List.of(card), List.of());

    Message first = messages.toSdk(kept);

    assertThat(messages.toSdk(kept)).isSameAs(first);
    assertThat(messages.toSdk(new OutgoingMessage.Cards("見つかった場所", List.of(card), List.of())))
        .isNotSameAs(first)
        .isEqualTo(first);
  }

  @Test
  void aLinkLineWouldRefuseDropsItsButtonAndNeverTheReply() throws Exception {
    List<OutgoingMessage.Action> buttons =
        List.of(
            new OutgoingMessage.Action.Uri("サイト", "https://exa mple.jp/"),
            new OutgoingMessage.Action.Uri("長い", "https://example.jp/" + "a".repeat(1000)),
            new OutgoingMessage.Action.Uri("スクリプト", "javascript:alert(1)"),
            new OutgoingMessage.Action.Uri("番号なし", "tel:#"),
            new OutgoingMessage.Action.Uri("申込", "https://example.jp/申込 フォーム"),
            new OutgoingMessage.Action.Uri("電話する", "tel:0120000000"));
    OutgoingMessage.Card card =
        new OutgoingMessage.Card("名前", "居場所", List.of("説明"), List.of(), null, buttons);
    List<OutgoingMessage> reply =
        List.of(
            new OutgoingMessage.Text("見つかりました"),
            new OutgoingMessage.Cards("見つかった場所", List.of(card), buttons));

    List<Message> out = messages.toSdk(reply);

    assertThat(out).hasSize(2);
    FlexMessage flex = (FlexMessage) out.get(1);
    String json = new ObjectMapper().writeValueAsString(flex);
    assertThat(json)
        .contains("https://example.jp/%E7%94%B3%E8%BE%BC%20%E3%83%95%E3%82%A9%E3%83%BC%E3%83%A0")
        .contains("tel:0120000000")
        .doesNotContain("exa mple", "aaaaaaaaaa", "javascript");
    assertThat(flex.quickReply().items())
        .extracting(item -> item.action().label())
        .containsExactly("申込", "電話する");
  }

  @Test
  void aCardWhoseOnlyButtonIsABadLinkIsShownWithoutButtons() throws Exception {
    OutgoingMessage.Card card =
        new OutgoingMessage.Card(
            "名前",
            "居場所",
            List.of("説明"),
            List.of(),
            null,
            List.of(new OutgoingMessage.Action.Uri("サイト", "https://example.jp/\u0000")));
    TextMessage text =
        (TextMessage)
            messages.toSdk(
                new OutgoingMessage.Text(
                    "x", List.of(new OutgoingMessage.Action.Uri("サイト", "ftp://example.jp/"))));

    FlexMessage flex =
        (FlexMessage) messages.toSdk(new OutgoingMessage.Cards("場所", List.of(card), List.of()));

    FlexBubble bubble = (FlexBubble) ((FlexCarousel) flex.contents()).contents().get(0);
    assertThat(bubble.footer()).isNull();
    assertThat(text.quickReply()).isNull();
  }
}
