package jp.junction.bot;

import jp.junction.bot.richmenu.RichMenuCommand;
import jp.junction.bot.search.SearchCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Junction Bot: a LINE bot for anonymous first contact with support in Japan. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JunctionBotApplication {

  public static void main(String[] args) {
    if (SearchCommand.handles(args)) {
      System.exit(SearchCommand.run(args));
    }
    if (RichMenuCommand.handles(args)) {
      System.exit(RichMenuCommand.run(args));
    }
    SpringApplication.run(JunctionBotApplication.class, args);
  }
}
