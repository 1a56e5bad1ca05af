package jp.junction.bot.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import jp.junction.bot.line.LineGateway.SendResult;
import jp.junction.bot.line.LineGateway.SendResult.Outcome;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.line.OutgoingMessage.Action;
import org.junit.jupiter.api.Test;

class LocalLineGatewayTests {

  private static final String ALICE = "U" + "a".repeat(32);
  private static final String BOB = "U" + "b".repeat(32);

  private final Transcripts transcripts =
      new Transcripts(SimulatorTestSupport.settings(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
  private final ReplyTokens tokens = new ReplyTokens(100);
  private final LocalLineGateway gateway = new LocalLineGateway(transcripts, tokens);

  @Test
  void replyGoesToTheChatTheTokenWasIssuedFor() {
    tokens.issue(ALICE);
    String bobsToken = tokens.issue(BOB);

    boolean accepted = gateway.reply(bobsToken, List.of(new OutgoingMessage.Text("こんにちは")));

    assertThat(accepted).isTrue();
    assertThat(transcripts.after(ALICE, -1)).isEmpty();
    assertThat(transcripts.after(BOB, -1))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.from()).isEqualTo("bot");
              assertThat(entry.via()).isEqualTo("reply");
              assertThat(entry.message().kind()).isEqualTo("text");
              assertThat(entry.message().text()).isEqualTo("こんにちは");
            });
  }

  @Test
  void replyTokenWorksOnlyOnce() {
    String token = tokens.issue(ALICE);
    List<OutgoingMessage> hello = List.of(new OutgoingMessage.Text("hello"));

    assertThat(gateway.reply(token, hello)).isTrue();
    assertThat(gateway.reply(token, hello)).isFalse();
    assertThat(gateway.reply("0".repeat(32), hello)).isFalse();
    assertThat(transcripts.after(ALICE, -1)).hasSize(1);
  }

  @Test
  void replyBreakingLineLimitsFailsAndLeavesAProblemNote() {
    String token = tokens.issue(ALICE);
    List<Action> fourteen = Collections.nCopies(14, new Action.Message("はい", "はい"));

    boolean accepted = gateway.reply(token, List.of(new OutgoingMessage.Text("a", fourteen)));

    assertThat(accepted).isFalse();
    assertThat(transcripts.after(ALICE, -1))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.from()).isEqualTo("system");
              assertThat(entry.message().kind()).isEqualTo("problem");
              assertThat(entry.message().text()).contains("14 quick replies");
            });
  }

  @Test
  void replyWithSixMessagesIsRejectedAsLineWould() {
    String token = tokens.issue(ALICE);
    List<OutgoingMessage> six = Collections.nCopies(6, new OutgoingMessage.Text("a"));

    assertThat(gateway.reply(token, six)).isFalse();
  }

  @Test
  void pushIsDeliveredAndCaptured() {
    SendResult result =
        gateway.push(ALICE, List.of(new OutgoingMessage.Text("お知らせ")), UUID.randomUUID());

    assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
    assertThat(result.httpStatus()).isEqualTo(200);
    assertThat(transcripts.after(ALICE, -1)).extracting(ChatEntry::via).containsExactly("push");
  }

  @Test
  void repeatedRetryKeyIsAlreadyAcceptedAndNotShownTwice() {
    UUID key = UUID.randomUUID();
    List<OutgoingMessage> notice = List.of(new OutgoingMessage.Text("お知らせ"));

    gateway.push(ALICE, notice, key);
    SendResult retry = gateway.push(ALICE, notice, key);

    assertThat(retry.outcome()).isEqualTo(Outcome.DELIVERED);
    assertThat(retry.httpStatus()).isEqualTo(409);
    assertThat(transcripts.after(ALICE, -1)).hasSize(1);
  }

  @Test
  void multicastReachesEveryAddressedChat() {
    SendResult result =
        gateway.multicast(
            List.of(ALICE, BOB),
            List.of(new OutgoingMessage.Text("ラウンジ")),
            UUID.randomUUID(),
            false);

    assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
    assertThat(transcripts.after(ALICE, -1))
        .extracting(ChatEntry::via)
        .containsExactly("multicast");
    assertThat(transcripts.after(BOB, -1)).extracting(ChatEntry::via).containsExactly("multicast");
  }

  @Test
  void multicastToMoreThan500UsersFails() {
    List<String> many = Collections.nCopies(501, ALICE);

    SendResult result =
        gateway.multicast(many, List.of(new OutgoingMessage.Text("a")), UUID.randomUUID(), false);

    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(transcripts.after(ALICE, -1)).isEmpty();
  }

  @Test
  void cardsKeepEveryPartAndActionKind() {
    OutgoingMessage.Card card =
        new OutgoingMessage.Card(
            "ひきこもり地域支援センター",
            "相談窓口・高松市",
            List.of("平日 9:00-17:00"),
            List.of("家族も可", "電話"),
            "2026-10 確認",
            List.of(
                new Action.Uri("電話する", "tel:0000000000"),
                new Action.Postback("詳しく", "place=1", "詳しく見る"),
                new Action.Location("近くを探す")));
    gateway.push(
        ALICE,
        List.of(new OutgoingMessage.Cards("候補", List.of(card), List.of())),
        UUID.randomUUID());

    ChatMessage message = transcripts.after(ALICE, -1).get(0).message();
    assertThat(message.kind()).isEqualTo("cards");
    assertThat(message.altText()).isEqualTo("候補");
    ChatMessage.CardView view = message.cards().get(0);
    assertThat(view.title()).isEqualTo("ひきこもり地域支援センター");
    assertThat(view.tags()).containsExactly("家族も可", "電話");
    assertThat(view.note()).isEqualTo("2026-10 確認");
    assertThat(view.buttons())
        .extracting(ChatMessage.ActionView::kind)
        .containsExactly("uri", "postback", "location");
    assertThat(view.buttons().get(1).displayText()).isEqualTo("詳しく見る");
  }

  @Test
  void chatKeepsOnlyItsLatestEntriesAndIndexesKeepCounting() {
    for (int i = 0; i < 25; i++) {
      transcripts.append(ALICE, "user", null, ChatMessage.text("m" + i));
    }

    List<ChatEntry> kept = transcripts.after(ALICE, -1);
    assertThat(kept).hasSize(10);
    assertThat(kept.get(0).index()).isEqualTo(15);
    assertThat(kept.get(9).message().text()).isEqualTo("m24");
    assertThat(transcripts.after(ALICE, 22)).extracting(ChatEntry::index).containsExactly(23L, 24L);
  }

  @Test
  void leastRecentlyUsedChatIsForgottenBeyondTheUserBound() {
    String carol = "U" + "c".repeat(32);
    String dave = "U" + "d".repeat(32);
    transcripts.append(ALICE, "user", null, ChatMessage.text("a"));
    transcripts.append(BOB, "user", null, ChatMessage.text("b"));
    transcripts.append(carol, "user", null, ChatMessage.text("c"));
    transcripts.after(ALICE, -1);

    transcripts.append(dave, "user", null, ChatMessage.text("d"));

    assertThat(transcripts.chats()).isEqualTo(3);
    assertThat(transcripts.after(BOB, -1)).isEmpty();
    assertThat(transcripts.after(ALICE, -1)).hasSize(1);
  }

  @Test
  void oldestReplyTokenIsForgottenBeyondItsBound() {
    ReplyTokens few = new ReplyTokens(2);
    String first = few.issue(ALICE);
    String second = few.issue(ALICE);
    String third = few.issue(BOB);

    assertThat(few.redeem(first)).isNull();
    assertThat(few.redeem(second)).isEqualTo(ALICE);
    assertThat(few.redeem(third)).isEqualTo(BOB);
  }
}
