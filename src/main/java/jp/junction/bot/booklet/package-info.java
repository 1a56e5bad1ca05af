/**
 * The area list and the 地域資源ブックマーク booklet: every place of an area (one town, several, a
 * prefecture) by kind of place, local first, then neighbouring towns, prefecture-wide and
 * national/online; printed as an A5 or A6 PDF with the embedded Japanese font ({@link
 * jp.junction.bot.booklet.JapaneseFont}, the one place that loads it) and a QR code that adds the
 * bot as a LINE friend, and shown as a public printable page at {@code /areas/<code>} that the
 * search answer links to. Words in {@code dialogs/booklet.yml}.
 */
package jp.junction.bot.booklet;
