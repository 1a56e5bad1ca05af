package jp.junction.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import jp.junction.bot.FeatureTestApp;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.bot.events.EventsFixture;
import jp.junction.bot.line.OutgoingMessage;
import jp.junction.bot.vocabulary.Audience;
import jp.junction.testing.LineStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The day-after question: sent to the event's area, answered by taps, shown from five answers. */
@Import(EventsFixture.TickingClock.class)
@SpringBootTest(classes = FeatureTestApp.class, properties = "junction.notices.poll=20ms")
class SurveyTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final LineStandIn line = new LineStandIn();
  static StringRedisTemplate cleanup;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    FeatureTestSupport.register(registry, PREFIX, FeatureTestSupport.dataDir(EventsFixture.CSV));
    FeatureTestSupport.registerLine(registry, line::baseUrl);
  }

  @Autowired Notices notices;
  @Autowired Subscriptions subscriptions;
  @Autowired Surveys surveys;
  @Autowired ConversationEngine engine;
  @Autowired StringRedisTemplate redis;

  @AfterAll
  static void stopLine() {
    line.stop();
    if (cleanup != null) {
      FeatureTestSupport.deleteKeys(cleanup, PREFIX);
    }
  }

  @Test
  void theQuestionDefaultsToTheMorningAfterTheEvent() {
    cleanup = redis;
    NoticeStatus survey = notices.scheduleSurvey("e1", null);

    assertThat(survey.kind()).isEqualTo("survey");
    assertThat(survey.sendAt().toInstant())
        .isEqualTo(OffsetDateTime.parse("2026-12-13T10:00+09:00").toInstant());
  }

  @Test
  void answersAreCountedOncePerPersonAndShownOnlyFromFive() throws Exception {
    cleanup = redis;
    line.accept();
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Person p = new Person("Usurvey-" + i, "p-survey-" + i);
      people.add(p);
      subscriptions.subscribe(p.lineUserId(), List.of("香川県/高松市"), EnumSet.allOf(Audience.class));
    }
    String id =
        notices
            .scheduleSurvey("e1", EventsFixture.NOW.instant().atOffset(java.time.ZoneOffset.UTC))
            .id();
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> NoticeState.DONE.equals(notices.status(id).orElseThrow().status()));

    JsonNode sent =
        new ObjectMapper()
            .readTree(line.server().getAllServeEvents().get(0).getRequest().getBodyAsString());
    JsonNode items = sent.at("/messages/0/quickReply/items");
    assertThat(items.size()).isEqualTo(5);
    assertThat(items.get(0).at("/action/label").asText()).isEqualTo("満足");
    assertThat(sent.at("/messages/0/text").asText()).contains("たかまつラウンジ 12月");

    for (int i = 0; i < 4; i++) {
      tap(people.get(i), items.get(i == 3 ? 1 : 0).at("/action/data").asText());
    }
    tap(people.get(0), items.get(4).at("/action/data").asText());
    assertThat(notices.surveyResults("e1").answers()).isEqualTo(4);
    assertThat(notices.surveyResults("e1").distribution()).isNull();

    List<OutgoingMessage> thanks = tap(people.get(4), items.get(2).at("/action/data").asText());
    tap(people.get(4), "n=survey_comment");
    engine.handle(new Inbound.Text(people.get(4), "また参加したいです", "m"));

    Notices.SurveyResults results = notices.surveyResults("e1");
    assertThat(results.answers()).isEqualTo(5);
    assertThat(results.distribution())
        .containsEntry("1", 3L)
        .containsEntry("2", 1L)
        .containsEntry("3", 1L)
        .containsEntry("5", 0L);
    assertThat(results.comments()).containsExactly("また参加したいです");
    assertThat(thanks.get(0).quickReplies())
        .extracting(OutgoingMessage.Action::label)
        .containsExactly("伝えたいことを書く");
    assertThat(surveys.erase(people.get(4))).isTrue();
    assertThat(notices.surveyResults("e1").answers()).isEqualTo(5);
  }

  private List<OutgoingMessage> tap(Person p, String data) {
    return engine.handle(new Inbound.Postback(p, data));
  }
}
