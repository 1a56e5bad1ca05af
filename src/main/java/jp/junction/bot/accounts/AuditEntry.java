package jp.junction.bot.accounts;

import java.time.Instant;

/**
 * One change to the staff accounts: who made it, when, what ({@code created-admin}, {@code
 * created-editor}, {@code deleted}, {@code password}) and to which account. Never a password or its
 * hash.
 */
public record AuditEntry(Instant at, String by, String action, String account, String detail) {}
