package jp.junction.bot.privacy;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import jp.junction.bot.conversation.ConversationEngine;
import jp.junction.bot.conversation.Inbound;
import jp.junction.bot.conversation.Person;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Staff read the anonymous figures behind the login; small figures show as "<5". */
@SpringBootTest(
    properties = {
      "junction.data-dir=src/test/resources/safety-data",
      "junction.privacy.stats.retention=10m"
    })
@AutoConfigureMockMvc
@Tag(TestRedis.CLUSTER_TAG)
class StatsControllerTests {

  @RegisterExtension static final TestRedis ownKeys = new TestRedis();

  @DynamicPropertySource
  static void redis(DynamicPropertyRegistry registry) {
    ownKeys.register(registry);
  }

  @Autowired MockMvc mvc;
  @Autowired AnonymousStats stats;
  @Autowired ConversationEngine engine;

  @Test
  void staffSeeCountsByDayAreaAndKindWithSmallFiguresHidden() throws Exception {
    stats.recordCrisis();
    for (int i = 0; i < 6; i++) {
      stats.recordQuestion("香川県高松市", "居場所", true, "居場所 高松", null);
    }
    stats.recordQuestion("", "", false, "090-1111-2222 夜に話せる場所", "m-1");

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                mvc.perform(get("/admin/api/stats?days=7").with(user("staff")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.crisisAnswersByDay", hasSize(7)))
                    .andExpect(jsonPath("$.crisisAnswersByDay[0].shown").value("<5"))
                    .andExpect(jsonPath("$.questions[0].area").value("香川県高松市"))
                    .andExpect(jsonPath("$.questions[0].shown").value("6"))
                    .andExpect(jsonPath("$.unansweredQuestions[0].text").value("夜に話せる場所"))
                    .andExpect(jsonPath("$.unansweredQuestions[0].shown").value("<5"))
                    .andExpect(content().string(not(containsString("090")))));
  }

  @Test
  void aTypedSearchIsCountedByAreaAndKindWithoutItsAsker() throws Exception {
    Person person = new Person("U" + UUID.randomUUID(), "p-" + UUID.randomUUID());
    engine.handle(new Inbound.Text(person, "坂出の居場所", "m-typed"));

    await()
        .atMost(Duration.ofSeconds(5))
        .untilAsserted(
            () ->
                mvc.perform(get("/admin/api/stats?days=1").with(user("staff")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.questions[0].area").value("香川県坂出市"))
                    .andExpect(jsonPath("$.questions[0].kind").value("ibasho"))
                    .andExpect(jsonPath("$.questions[0].found").value(true))
                    .andExpect(content().string(not(containsString(person.pseudonym())))));
    ownKeys.wrote("jb:conv:" + person.pseudonym());
  }

  @Test
  void withoutLoginTheFiguresAreRefused() throws Exception {
    mvc.perform(get("/admin/api/stats")).andExpect(status().isUnauthorized());
  }

  @Test
  void anUnreasonableRangeIsRefused() throws Exception {
    mvc.perform(get("/admin/api/stats?days=100000").with(user("staff")))
        .andExpect(status().isBadRequest());
  }
}
