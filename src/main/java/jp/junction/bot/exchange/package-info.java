/**
 * Reading the CSV exchange format (resources.csv, events.csv and the gazetteer files): charset
 * detection, RFC 4180 parsing, and problems reported with file, line and column; the same table
 * from a staff member's upload (.xlsx or CSV, within limits, hostile files refused whole), and
 * exports as CSV or .xlsx with formula-like cells made safe.
 */
package jp.junction.bot.exchange;
