package jp.junction.bot.notices;

import jp.junction.bot.vocabulary.Coded;

/**
 * Where a notice stands; its {@link #code()} is what the notice's Redis hash, the outbox's scripts
 * and the staff API hold.
 */
public enum NoticeState implements Coded {
  /** Waiting for its time (or for morning, after quiet hours). */
  SCHEDULED,
  /** Its recipients are taken and its batches are going out. */
  SENDING,
  /** Every batch is counted. */
  DONE,
  /** Withdrawn before (or while) it went out. */
  CANCELLED;

  /** Whether its counts may still change (a staff page showing it refreshes itself). */
  public boolean moving() {
    return this == SCHEDULED || this == SENDING;
  }
}
