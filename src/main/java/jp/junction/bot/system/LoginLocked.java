package jp.junction.bot.system;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A login refused because the account or the client address is locked for a while. */
final class LoginLocked extends LockedException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  LoginLocked(Duration retryAfter) {
    super("locked after repeated wrong passwords");
    this.retryAfter = retryAfter;
  }

  /** How long until a login may be tried again. */
  Duration retryAfter() {
    return retryAfter;
  }

  /** Whole minutes to wait, at least one (what staff are told). */
  long minutes() {
    return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
  }
}
