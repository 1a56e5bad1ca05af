package jp.junction.bot.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Counts wrong passwords per account and per client address and says how long either is locked.
 * Independent of where accounts live, so any {@code UserDetailsService} (the one configured staff
 * account, or per-staff accounts kept elsewhere) gets the same protection. Counts are per instance
 * and in memory: bounded, forgotten after the window, and never holding a password.
 */
final class LoginThrottle {

  private final StaffLoginSettings settings;
  private final Clock clock;
  private final Cache<String, Failures> accounts;
  private final Cache<String, Failures> addresses;

  LoginThrottle(StaffLoginSettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    Duration keep = settings.window().plus(settings.lockFor());
    Ticker ticker = () -> clock.millis() * 1_000_000L;
    this.accounts =
        Caffeine.newBuilder().ticker(ticker).expireAfterAccess(keep).maximumSize(10_000).build();
    this.addresses =
        Caffeine.newBuilder()
            .ticker(ticker)
            .expireAfterAccess(keep)
            .maximumSize(settings.trackedAddresses())
            .build();
  }

  /** How much longer this account or this address is locked; empty when neither is. */
  Optional<Duration> lockedFor(String account, String address) {
    Instant now = clock.instant();
    Duration left = Duration.ZERO;
    for (Failures f : new Failures[] {find(accounts, account), find(addresses, address)}) {
      if (f != null) {
        Duration l = f.lockedFor(now);
        left = l.compareTo(left) > 0 ? l : left;
      }
    }
    return left.isZero() ? Optional.empty() : Optional.of(left);
  }

  /** Counts a wrong password; true when this failure locked the account or the address. */
  boolean failed(String account, String address) {
    Instant now = clock.instant();
    boolean lockedAccount =
        accounts.get(key(account), k -> new Failures()).add(now, settings.failuresPerAccount());
    boolean lockedAddress =
        addresses.get(key(address), k -> new Failures()).add(now, settings.failuresPerAddress());
    return lockedAccount || lockedAddress;
  }

  /** A right password (outside a lock) clears the account's count; the address keeps its own. */
  void succeeded(String account) {
    accounts.invalidate(key(account));
  }

  private static Failures find(Cache<String, Failures> cache, String key) {
    return cache.getIfPresent(key(key));
  }

  private static String key(String value) {
    return value == null ? "" : value;
  }

  /** The recent failures of one account or address, and the end of its lock. */
  private final class Failures {
    private final Deque<Instant> times = new ArrayDeque<>();
    private Instant lockedUntil = Instant.MIN;

    synchronized boolean add(Instant now, int limit) {
      Instant since = now.minus(settings.window());
      while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
        times.removeFirst();
      }
      times.addLast(now);
      if (times.size() >= limit) {
        times.clear();
        lockedUntil = now.plus(settings.lockFor());
        return true;
      }
      return false;
    }

    synchronized Duration lockedFor(Instant now) {
      return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }
  }
}
