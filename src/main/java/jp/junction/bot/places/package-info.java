/**
 * The gazetteer: Japan's prefectures and municipalities with readings and coordinates (shipped on
 * the classpath), place mentions in free text (names, readings, romaji, small typos), distances and
 * neighbouring towns.
 */
package jp.junction.bot.places;
