package jp.junction.testing;

import jp.junction.bot.conversation.ActionResult;
import jp.junction.bot.conversation.DialogAction;
import jp.junction.bot.line.OutgoingMessage;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * The conversation engine, safety and privacy on a real Redis, with stand-ins for the search
 * feature's two actions (which the engine requires): they answer {@link #SEARCHED} and leave a
 * value in the conversation state, as a real search keeps the last area. Kept outside {@code
 * jp.junction.bot} so the application's own component scan never picks it up.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(
    basePackages = {
      "jp.junction.bot.conversation",
      "jp.junction.bot.safety",
      "jp.junction.bot.privacy",
      "jp.junction.bot.system"
    },
    excludeFilters = {
      @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
      @ComponentScan.Filter(
          type = FilterType.REGEX,
          pattern = {".*Tests.*", ".*Properties.*", ".*Slice.*", ".*WebSecurityConfig"})
    })
@ConfigurationPropertiesScan({
  "jp.junction.bot.conversation",
  "jp.junction.bot.safety",
  "jp.junction.bot.privacy",
  "jp.junction.bot.system"
})
@ImportAutoConfiguration({RedisAutoConfiguration.class, ValidationAutoConfiguration.class})
public class SafetySlice {

  /** What the stand-in search says, so a test can tell the engine went on to search. */
  public static final String SEARCHED = "fixture: searched";

  @Bean
  DialogAction fixtureSearch() {
    return action("search");
  }

  @Bean
  DialogAction fixtureLocationSearch() {
    return action("search.location");
  }

  private static DialogAction action(String name) {
    return DialogAction.of(
        name,
        context -> {
          // Like the real search, remember something about the conversation for a few minutes.
          context.state().put("fixture.searched", "yes");
          return ActionResult.say(new OutgoingMessage.Text(SEARCHED));
        });
  }
}
