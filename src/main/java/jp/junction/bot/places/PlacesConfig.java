package jp.junction.bot.places;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one gazetteer of the running bot, shared by the search, events and notices. */
@Configuration(proxyBeanMethods = false)
class PlacesConfig {

  @Bean
  Gazetteer gazetteer() {
    return Gazetteer.fromClasspath();
  }
}
