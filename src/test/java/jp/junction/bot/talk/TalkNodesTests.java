package jp.junction.bot.talk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The answers in {@code dialogs/talk.yml} keep their promises: no act runs the search, the
 * distress, story and bot answers offer a phone line, every act has its node, and the full
 * introduction is kept for follow and for being asked (not for every こんばんは).
 */
class TalkNodesTests {

  static final List<Map<String, Object>> TALK = nodes("talk.yml");
  static final List<String> INTRODUCTION = triggers(nodes("greeting.yml"), "greeting");

  @Test
  void noConversationalActAnswersWithTheSearch() {
    assertThat(TALK)
        .allSatisfy(n -> assertThat(n.get("action")).isNotIn("search", "search.location"));
    for (TalkAct act : TalkAct.values()) {
      assertThat(TALK).extracting(n -> n.get("id")).contains(act.key());
    }
  }

  @Test
  void distressStoriesAndQuestionsAboutTheBotOfferAPhoneLineAndAPlaceToLook() {
    for (TalkAct act :
        List.of(TalkAct.DISTRESS, TalkAct.STORY, TalkAct.ABOUT_BOT, TalkAct.FAMILY)) {
      List<Map<String, Object>> choices = choices(act.key());
      assertThat(choices).as(act.key()).anySatisfy(c -> assertThat(c).containsKey("tel"));
      assertThat(choices).as(act.key()).anySatisfy(c -> assertThat(c).containsKey("goto"));
    }
  }

  @Test
  void aGreetingIsNoLongerATriggerForTheFullIntroduction() {
    assertThat(INTRODUCTION).contains("はじめまして").doesNotContain("こんばんは", "こんにちは", "hello");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> choices(String id) {
    return TALK.stream()
        .filter(n -> id.equals(n.get("id")))
        .findFirst()
        .map(n -> (List<Map<String, Object>>) n.get("choices"))
        .orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<String> triggers(List<Map<String, Object>> nodes, String id) {
    return nodes.stream()
        .filter(n -> id.equals(n.get("id")))
        .map(n -> (List<String>) n.get("triggers"))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(List.of());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> nodes(String file) {
    try (Reader in = Files.newBufferedReader(Path.of("dialogs", file))) {
      Map<String, Object> yaml = new Yaml().load(in);
      return (List<Map<String, Object>>) yaml.get("nodes");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
