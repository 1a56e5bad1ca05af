/**
 * Staff accounts: the first administrator from the environment ({@code JUNCTION_ADMIN_USER} and
 * {@code JUNCTION_ADMIN_PASSWORD}, always there, even while Redis is down), and the accounts an
 * administrator makes, kept in Redis with BCrypt hashes: administrators (everything, manage
 * accounts) and editors scoped to a prefecture or some of its municipalities and/or an
 * organisation. Every account change is written to an audit log (who, when, what; never a
 * password).
 */
package jp.junction.bot.accounts;
