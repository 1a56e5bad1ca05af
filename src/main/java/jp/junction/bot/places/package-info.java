/**
 * The gazetteer: Japan's prefectures and municipalities with readings and coordinates (shipped on
 * the classpath, loaded once as a bean), place mentions in free text (names, readings, romaji,
 * small typos), distances and neighbouring towns; and the areas events and subscriptions name.
 */
package jp.junction.bot.places;
