/**
 * The words every feature shares about help and who it is for: the kinds of help ({@link
 * jp.junction.bot.vocabulary.Category}), who it is for ({@link
 * jp.junction.bot.vocabulary.Audience}) and the conditions a service meets or a person asks for
 * ({@link jp.junction.bot.vocabulary.Flag}). Each is declared once, in display order, with the code
 * that resources.csv, events.csv, Redis and postbacks write. Also the one check and normal form of
 * web links where data enters ({@link jp.junction.bot.vocabulary.Link}). Depends on no other
 * feature.
 */
package jp.junction.bot.vocabulary;
