package jp.junction.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Junction Bot: a LINE bot for anonymous first contact with support in Japan. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JunctionBotApplication {

  public static void main(String[] args) {
    SpringApplication.run(JunctionBotApplication.class, args);
  }
}
