/**
 * The gazetteer: Japan's prefectures and municipalities with readings and coordinates (shipped on
 * the classpath, loaded once as a bean), place mentions in free text (names, readings, romaji,
 * small typos, variant kanji, town areas, same-reading guesses), regional names (regions.tsv),
 * distances and neighbouring towns; and the areas events, subscriptions and the search name
 * (Areas.resolve: each place with how it was found and whether it is unsure).
 */
package jp.junction.bot.places;
