package jp.junction.bot.guide;

import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Guide settings.
 *
 * @param answerCacheSize how many answers to repeated questions are kept in memory (0: none); after
 *     a notice or a TV report many people ask the same few things within minutes
 * @param answerCacheTtl how long such an answer is kept; a data reload drops them all at once
 */
@Validated
@ConfigurationProperties("junction.guide")
record GuideSettings(
    @DefaultValue("500") @PositiveOrZero int answerCacheSize,
    @DefaultValue("10m") Duration answerCacheTtl) {

  GuideSettings {
    if (answerCacheTtl.isNegative() || answerCacheTtl.isZero()) {
      throw new IllegalArgumentException("junction.guide.answer-cache-ttl must be positive");
    }
  }
}
