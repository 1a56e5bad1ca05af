package jp.junction.bot.places;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Places settings.
 *
 * @param neighbourKm how far (between town centres) a town counts as a neighbour of an event's or a
 *     subscription's town
 */
@Validated
@ConfigurationProperties("junction.places")
public record PlacesSettings(@DefaultValue("20") @Positive double neighbourKm) {}
