/**
 * Where the directory lives: Redis is the store of record for the support resources ({@link
 * jp.junction.bot.directory.DirectoryStore}); {@code resources.csv} only seeds an empty store.
 * Every change goes through the exchange format's checks, is written with its audit entry and a new
 * version in one step, and is announced on a channel; every instance rebuilds its search index from
 * the store at start and whenever the version moves (the announcement, or a periodic look at the
 * version if one was missed). Entries are retired with an Open Referral (HSDS) service status
 * instead of being deleted; only active ones are searched.
 */
package jp.junction.bot.directory;
