package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.ActionContext;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.ConversationState;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.vocabulary.Audience;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The 「お知らせ」 taps in chat, through the real dialog engine and Redis. */
@SpringBootTest(
    classes = FeatureTestApp.class,
    properties = {
      "junction.notices.worker-enabled=false",
      "junction.notices.quiet-start=21:30",
      "junction.notices.quiet-end=07:00"
    })
class SubscriptionFlowTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
  }

  @Autowired ConversationEngine engine;
  @Autowired Subscriptions subscriptions;
  @Autowired SubscriptionFlow flow;
  @Autowired StringRedisTemplate redis;

  final Person person = new Person("U-flow", "p-flow");

  @AfterEach
  void forget() {
    FeatureTestSupport.deleteKeys(redis, PREFIX);
    redis.delete("jb:conv:" + person.pseudonym());
  }

  @Test
  void noticesOffersThePrefecturesWithEventsOnlineAndTypingAName() {
    List<OutgoingMessage> reply = say("お知らせ");

    assertThat(((OutgoingMessage.Text) reply.get(0)).text()).contains("名前や連絡先は聞きません");
    assertThat(labels(reply)).containsExactly("群馬県", "香川県", "オンラインの会", "名前を入力する");
  }

  @Test
  void severalAreasAndAnAudienceAreStoredOnlyAtTheLastTap() {
    say("お知らせ");
    List<OutgoingMessage> towns = tap("a=notices.pref&p=香川県");
    assertThat(labels(towns)).containsExactly("香川県全体", "丸亀市", "高松市", "ほかの町を入力");
    tap("a=notices.add&k=香川県/高松市");
    tap("a=notices.start");
    tap("a=notices.add&k=online");
    assertThat(subscriptions.choice(person.lineUserId()).empty()).isTrue();

    assertThat(labels(tap("a=notices.who"))).containsExactly("本人向け", "家族向け", "支援者向け", "すべて");
    List<OutgoingMessage> saved = tap("a=notices.save&w=family");

    assertThat(text(saved)).contains("香川県高松市、オンラインの会").contains("家族向け");
    // The promise is made from the quiet hours the sender keeps, whatever they are set to.
    assertThat(text(saved)).contains("夜21時30分から朝7時までは送りません");
    assertThat(subscriptions.choice(person.lineUserId()))
        .isEqualTo(new Subscriptions.Choice(List.of("online", "香川県/高松市"), Set.of(Audience.FAMILY)));
  }

  @Autowired Notices notices;

  /**
   * The hours the subscriber is promised are read back out of the text they were sent and held
   * against what the sender does with a silent notice: sent just before them it goes, sent at their
   * start or just before their end it waits for the end. Text and rule cannot drift apart.
   */
  @Test
  void theQuietHoursPromisedInChatAreTheHoursASilentNoticeWaitsThrough() {
    say("お知らせ");
    tap("a=notices.pref&p=香川県");
    tap("a=notices.add&k=香川県/高松市");
    tap("a=notices.who");
    String promise = text(tap("a=notices.save&w=family"));
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("夜(\\d+)時(?:(\\d+)分)?から朝(\\d+)時(?:(\\d+)分)?までは送りません")
            .matcher(promise);
    assertThat(m.find()).as(promise).isTrue();
    java.time.LocalTime from =
        java.time.LocalTime.of(
            Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    java.time.LocalTime until =
        java.time.LocalTime.of(
            Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)));
    java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 5);
    java.time.OffsetDateTime start = day.atTime(from).atOffset(java.time.ZoneOffset.ofHours(9));
    java.time.OffsetDateTime end =
        day.plusDays(1).atTime(until).atOffset(java.time.ZoneOffset.ofHours(9));

    assertThat(silentAt(start.minusMinutes(1))).isEqualTo(start.minusMinutes(1));
    assertThat(silentAt(start)).isEqualTo(end);
    assertThat(silentAt(end.minusMinutes(1))).isEqualTo(end);
    assertThat(silentAt(end)).isEqualTo(end);
  }

  private java.time.OffsetDateTime silentAt(java.time.OffsetDateTime asked) {
    NoticeStatus held =
        notices.schedule(
            "e1",
            new NoticeRequest(
                List.of(new jp.junction.bot.places.Areas.Area("香川県", "高松市")),
                false,
                Set.of(),
                asked,
                true));
    return held.sendAt().withOffsetSameInstant(java.time.ZoneOffset.ofHours(9));
  }

  @Test
  void aTypedTownNameIsUnderstood() {
    say("お知らせ");
    tap("n=notices_type_area");

    List<OutgoingMessage> added = say("たかまつ");

    assertThat(text(added)).contains("香川県高松市");
  }

  @Test
  void stoppingListsEachAreaAndStopsJustTheOneTapped() {
    subscriptions.subscribe(
        person.lineUserId(), List.of("香川県/高松市", "群馬県/"), EnumSet.allOf(Audience.class));

    List<OutgoingMessage> list = say("お知らせ停止");
    assertThat(labels(list)).containsExactly("群馬県全体をやめる", "香川県高松市をやめる", "すべて停止");
    tap("a=notices.stop&k=群馬県/");

    assertThat(subscriptions.choice(person.lineUserId()).areaKeys()).containsExactly("香川県/高松市");
    tap("a=notices.stop&k=*");
    assertThat(subscriptions.choice(person.lineUserId()).empty()).isTrue();
    assertThat(redis.opsForSet().isMember(subscriptions.areaSet("香川県/高松市"), "U-flow")).isFalse();
  }

  @Test
  void whenTheStoreIsUnavailableItSaysSoKindly() {
    ConversationState down =
        new ConversationState() {
          @Override
          public Optional<String> get(String key) {
            return Optional.empty();
          }

          @Override
          public void put(String key, String value) {}

          @Override
          public void remove(String key) {}

          @Override
          public boolean available() {
            return false;
          }
        };
    ActionContext context =
        new ActionContext(new Inbound.Text(person, "お知らせ", "m"), Map.of(), down);

    assertThat(text(flow.guarded(context, flow::start))).startsWith("ごめんなさい、いまはお知らせの登録や変更ができません");
  }

  private List<OutgoingMessage> say(String text) {
    return engine.handle(new Inbound.Text(person, text, "m"));
  }

  private List<OutgoingMessage> tap(String data) {
    return engine.handle(new Inbound.Postback(person, data));
  }

  private static String text(List<OutgoingMessage> reply) {
    return ((OutgoingMessage.Text) reply.get(reply.size() - 1)).text();
  }

  private static List<String> labels(List<OutgoingMessage> reply) {
    return reply.get(reply.size() - 1).quickReplies().stream()
        .map(OutgoingMessage.Action::label)
        .toList();
  }
}
