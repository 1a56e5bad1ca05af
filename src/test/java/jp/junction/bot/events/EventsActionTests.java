package jp.junction.bot.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.line.OutgoingMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@Import(EventsActionTests.FixedClock.class)
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = "junction.notices.worker-enabled=false")
class EventsActionTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final Person PERSON = new Person("U-events", "p-events-" + PREFIX.hashCode());
  static StringRedisTemplate cleanup;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @TestConfiguration
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return EventsFixture.NOW;
    }
  }

  @Autowired ConversationEngine engine;
  @Autowired Events events;
  @Autowired StringRedisTemplate redis;

  @AfterEach
  void forget() {
    cleanup = redis;
    FeatureTestSupport.deleteKeys(redis, PREFIX);
    redis.delete("jb:conv:" + PERSON.pseudonym());
  }

  @AfterAll
  static void cleanUp() {
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void nextLoungeListsUpcomingEventsSoonestFirstWithoutPastOnes() {
    List<OutgoingMessage.Card> cards = cards("次のラウンジは？");

    assertThat(cards)
        .extracting(OutgoingMessage.Card::title)
        .containsExactly("たかまつ ミニラウンジ", "オンライン女子会", "丸亀 家族のつどい", "たかまつラウンジ 12月", "前橋ラウンジ");
  }

  @Test
  void cardsWriteDateTimeTheJapaneseWayWithVenueAudienceAndHowToJoin() {
    OutgoingMessage.Card lounge = cards("次のラウンジは？").get(3);

    assertThat(lounge.subtitle()).isEqualTo("12月12日(土) 13:30〜15:30");
    assertThat(lounge.lines())
        .containsExactly("場所：瓦町会議室（香川県高松市）", "対象：本人", "参加方法：申込不要。当日そのまま来て大丈夫です", "お茶とおしゃべり。");
    OutgoingMessage.Card online = cards("次のラウンジは？").get(1);
    assertThat(online.lines()).contains("対象：本人・家族（女性のみ）", "参加方法：https://example.jp/e3");
    assertThat(online.buttons())
        .extracting(OutgoingMessage.Action::label)
        .containsExactly("申込ページを見る", "知らせてほしい");
  }

  @Test
  void everyCardOffersToRemindOfItsOwnEvent() {
    List<OutgoingMessage.Card> cards = cards("次のラウンジは？");

    assertThat(cards)
        .allSatisfy(
            c -> {
              OutgoingMessage.Action.Postback remind =
                  (OutgoingMessage.Action.Postback) c.buttons().get(c.buttons().size() - 1);
              assertThat(remind.label()).isEqualTo("知らせてほしい");
              assertThat(remind.data()).contains("a=" + EventCards.REMIND_ACTION);
              assertThat(remind.displayText()).isEqualTo("「" + c.title() + "」を知らせてほしい");
            });
  }

  @Test
  void thisMonthInTakamatsuShowsOnlyThatTownThisMonth() {
    assertThat(cards("今月、高松で交流会ある？"))
        .extracting(OutgoingMessage.Card::title)
        .containsExactly("たかまつ ミニラウンジ");
  }

  @Test
  void aTownShowsItsNeighboursPrefectureAndOnlineEventsButNotOtherPrefectures() {
    List<OutgoingMessage.Card> cards = cards("丸亀 交流会");

    assertThat(cards)
        .extracting(OutgoingMessage.Card::title)
        .contains("丸亀 家族のつどい", "オンライン女子会", "たかまつラウンジ 12月")
        .doesNotContain("前橋ラウンジ");
    assertThat(cards.get(1).note()).isEqualTo("全国・オンライン");
  }

  @Test
  void aFollowUpQuestionWithoutAPlaceKeepsThePlaceAskedAboutBefore() {
    ask("丸亀 交流会");

    List<OutgoingMessage> reply = ask("次の会は？");

    assertThat(((OutgoingMessage.Text) reply.get(0)).text()).startsWith("香川県丸亀市の近くで");
    assertThat(cards("次の会は？")).extracting(OutgoingMessage.Card::title).doesNotContain("前橋ラウンジ");
  }

  @Test
  void onlineWomensGatheringFindsOnlyOnlineWomenOnlyEvents() {
    assertThat(cards("オンラインの女子会"))
        .extracting(OutgoingMessage.Card::title)
        .containsExactly("オンライン女子会");
  }

  @Test
  void familyQuestionFindsEventsFamiliesMayJoin() {
    assertThat(cards("家族が参加できる会"))
        .extracting(OutgoingMessage.Card::title)
        .containsExactly("オンライン女子会", "丸亀 家族のつどい", "香川 支援者と家族の学習会");
  }

  @Test
  void cancelledEventsNeverShow() {
    events.cancel("e1");

    assertThat(cards("次のラウンジは？"))
        .extracting(OutgoingMessage.Card::title)
        .doesNotContain("たかまつラウンジ 12月");
  }

  @Test
  void aMonthWithNothingSaysSoAndShowsWhatComesNext() {
    List<OutgoingMessage> reply = ask("3月 前橋 交流会");

    assertThat(((OutgoingMessage.Text) reply.get(0)).text()).startsWith("3月の会は見つかりませんでした");
    assertThat(reply).hasAtLeastOneElementOfType(OutgoingMessage.Cards.class);
  }

  @Test
  void aRepeatingEventShowsItsNextRealDateAndTheTwoAfterItSkippingADateCalledOff() {
    Event created =
        events.create(
            Map.of(
                "title", "高松 第2土曜の会",
                "starts_at", "2026-10-10T13:30+09:00",
                "prefecture", "香川県",
                "municipality", "高松市",
                "audience", "self",
                "repeat", "毎月第2土曜 13:30〜15:30"));
    events.skip(created.id(), java.time.LocalDate.of(2026, 12, 12), true);

    OutgoingMessage.Card card =
        cards("高松で交流会ある？").stream()
            .filter(c -> c.title().equals("高松 第2土曜の会"))
            .findFirst()
            .orElseThrow();

    assertThat(card.subtitle()).isEqualTo("1月9日(土) 13:30〜15:30");
    assertThat(card.lines()).contains("その後：2月13日(土)・3月13日(土)");
    assertThat(events.find(created.id()).orElseThrow().startsAt())
        .isEqualTo("2027-01-09T13:30+09:00");
  }

  @Test
  void staffCreatedEventsShowBesideTheCsvOnes() {
    events.create(
        Map.of(
            "title",
            "高松 夜のラウンジ",
            "starts_at",
            "2026-11-30T19:00+09:00",
            "prefecture",
            "香川県",
            "municipality",
            "高松市",
            "audience",
            "self"));

    assertThat(cards("今月、高松で交流会ある？"))
        .extracting(OutgoingMessage.Card::title)
        .containsExactly("たかまつ ミニラウンジ", "高松 夜のラウンジ");
  }

  @Test
  void aStoredEventWhoseLinkNoLongerPassesIsLeftOutAndTheOthersStillShow() {
    events.create(
        Map.of(
            "title", "高松 申込のラウンジ",
            "starts_at", "2026-11-30T19:00+09:00",
            "prefecture", "香川県",
            "municipality", "高松市",
            "audience", "self",
            "registration", "https://example.jp/申込"));
    // Written before links were checked: LINE would refuse it.
    redis
        .opsForHash()
        .put(
            PREFIX + "events:stored",
            "old-link",
            "{\"id\":\"old-link\",\"title\":\"古い会\",\"starts_at\":\"2026-11-30T19:00+09:00\","
                + "\"prefecture\":\"香川県\",\"audience\":\"self\",\"registration\":\"https://example.jp/"
                + "a".repeat(1000)
                + "\"}");

    List<OutgoingMessage.Card> cards = cards("今月、高松で交流会ある？");

    assertThat(cards)
        .extracting(OutgoingMessage.Card::title)
        .contains("高松 申込のラウンジ")
        .doesNotContain("古い会");
    assertThat(cards.stream().filter(c -> c.title().equals("高松 申込のラウンジ")).findFirst())
        .get()
        .satisfies(
            c ->
                assertThat(c.buttons())
                    .filteredOn(OutgoingMessage.Action.Uri.class::isInstance)
                    .extracting(b -> ((OutgoingMessage.Action.Uri) b).uri())
                    .containsExactly("https://example.jp/%E7%94%B3%E8%BE%BC"));
  }

  @Test
  void aTownSaidAsNotWantedHasNoneOfItsOwnEventsAndTheAnswerSaysSo() {
    List<OutgoingMessage> reply = ask("高松以外で交流会ある？");

    assertThat(((OutgoingMessage.Text) reply.get(0)).text())
        .startsWith("高松市以外で、")
        .contains("高松市で開かれる会は入れていません")
        .doesNotContain("近くで");
    assertThat(cards("高松以外で交流会ある？"))
        .extracting(OutgoingMessage.Card::title)
        .contains("丸亀 家族のつどい", "オンライン女子会")
        .noneMatch(title -> title.startsWith("たかまつ"));
  }

  @Test
  void theAvoidedTownStaysAvoidedForTheNextQuestionOfTheConversation() {
    ask("地元の高松じゃないところで交流会ある？");

    assertThat(cards("次の会は？"))
        .extracting(OutgoingMessage.Card::title)
        .isNotEmpty()
        .noneMatch(title -> title.startsWith("たかまつ"));
  }

  private List<OutgoingMessage.Card> cards(String text) {
    return ask(text).stream()
        .filter(m -> m instanceof OutgoingMessage.Cards)
        .map(m -> ((OutgoingMessage.Cards) m).cards())
        .findFirst()
        .orElse(List.of());
  }

  private List<OutgoingMessage> ask(String text) {
    return engine.handle(new Inbound.Text(PERSON, text, "m1"));
  }
}
