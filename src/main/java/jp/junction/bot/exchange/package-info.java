/**
 * Reading the CSV exchange format (resources.csv, events.csv and the gazetteer files): charset
 * detection, RFC 4180 parsing, and problems reported with file, line and column.
 */
package jp.junction.bot.exchange;
