package jp.junction.bot.exchange;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The data folder the exchange files are read from ({@code JUNCTION_DATA_DIR}); search reads its
 * resources and events its events from here.
 *
 * @param dataDir the folder holding {@code resources.csv} and {@code events.csv}
 */
@ConfigurationProperties("junction")
public record DataSettings(@DefaultValue("index-data") Path dataDir) {

  /** The support resources ({@code resources.csv}). */
  public Path resourcesCsv() {
    return dataDir.resolve("resources.csv");
  }

  /** The events shipped with the data ({@code events.csv}); staff's own are in Redis. */
  public Path eventsCsv() {
    return dataDir.resolve("events.csv");
  }
}
