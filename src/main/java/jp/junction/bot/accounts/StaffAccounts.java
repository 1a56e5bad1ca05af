package jp.junction.bot.accounts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The staff accounts an administrator makes, in Redis (one hash per account, a set of names) with
 * BCrypt hashes, and the audit log of every change (a capped list, newest first). The first
 * administrator comes from the environment and is not kept here ({@link StaffLogins}).
 */
@Component
public class StaffAccounts {

  private final StringRedisTemplate redis;
  private final PasswordEncoder encoder;
  private final ObjectMapper json;
  private final Clock clock;
  private final AccountsSettings settings;

  StaffAccounts(
      StringRedisTemplate redis,
      PasswordEncoder encoder,
      ObjectMapper json,
      Clock clock,
      AccountsSettings settings) {
    this.redis = redis;
    this.encoder = encoder;
    this.json = json;
    this.clock = clock;
    this.settings = settings;
  }

  public Optional<StaffAccount> find(String name) {
    Map<Object, Object> h = redis.opsForHash().entries(account(name));
    if (h.isEmpty()) {
      return Optional.empty();
    }
    String towns = (String) h.getOrDefault("municipalities", "");
    return Optional.of(
        new StaffAccount(
            name,
            (String) h.get("hash"),
            StaffRole.valueOf((String) h.get("role")),
            (String) h.get("prefecture"),
            towns.isEmpty() ? List.of() : Arrays.asList(towns.split("\\|")),
            (String) h.get("organisation")));
  }

  /** Every account, by name. */
  public List<StaffAccount> all() {
    List<StaffAccount> out = new ArrayList<>();
    var names = redis.opsForSet().members(settings.keyPrefix() + "accounts");
    if (names != null) {
      names.stream().sorted().forEach(n -> find(n).ifPresent(out::add));
    }
    return out;
  }

  /**
   * Makes an account with {@code password} (hashed with BCrypt); {@code by} is who made it.
   *
   * @throws IllegalArgumentException when the name is taken
   */
  public StaffAccount create(StaffAccount wanted, String password, String by) {
    if (find(wanted.name()).isPresent()) {
      throw new IllegalArgumentException("name: '" + wanted.name() + "' already exists");
    }
    StaffAccount made = wanted.withPassword(encoder.encode(password));
    store(made);
    redis.opsForSet().add(settings.keyPrefix() + "accounts", made.name());
    String scope = (made.prefecture() + " " + String.join(" ", made.municipalities())).strip();
    audit(
        by,
        "created-" + made.role().name().toLowerCase(java.util.Locale.ROOT),
        made.name(),
        (scope + " " + made.organisation()).strip());
    return made;
  }

  /** Removes an account; false when there was none. */
  public boolean delete(String name, String by) {
    boolean had = Boolean.TRUE.equals(redis.delete(account(name)));
    redis.opsForSet().remove(settings.keyPrefix() + "accounts", name);
    if (had) {
      audit(by, "deleted", name, "");
    }
    return had;
  }

  /** Whether {@code password} is the account's current one. */
  public boolean matches(String name, String password) {
    return find(name).map(a -> encoder.matches(password, a.passwordHash())).orElse(false);
  }

  /** Gives the account a new password; {@code by} is who changed it (the account or an admin). */
  public void changePassword(String name, String password, String by) {
    StaffAccount account =
        find(name).orElseThrow(() -> new IllegalArgumentException("name: no account " + name));
    store(account.withPassword(encoder.encode(password)));
    audit(by, "password", name, "");
  }

  /** The latest {@code n} account changes, newest first. */
  public List<AuditEntry> audit(int n) {
    List<String> raw = redis.opsForList().range(settings.keyPrefix() + "audit", 0, n - 1L);
    List<AuditEntry> out = new ArrayList<>();
    for (String r : raw == null ? List.<String>of() : raw) {
      try {
        out.add(json.readValue(r, AuditEntry.class));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("unreadable staff audit entry", e);
      }
    }
    return out;
  }

  private void store(StaffAccount a) {
    redis
        .opsForHash()
        .putAll(
            account(a.name()),
            Map.of(
                "hash", a.passwordHash(),
                "role", a.role().name(),
                "prefecture", a.prefecture(),
                "municipalities", String.join("|", a.municipalities()),
                "organisation", a.organisation()));
  }

  private void audit(String by, String action, String account, String detail) {
    String key = settings.keyPrefix() + "audit";
    try {
      redis
          .opsForList()
          .leftPush(
              key,
              json.writeValueAsString(
                  new AuditEntry(clock.instant(), by, action, account, detail)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("staff audit entry cannot be written", e);
    }
    redis.opsForList().trim(key, 0, settings.auditEntries() - 1L);
  }

  private String account(String name) {
    return settings.keyPrefix() + "account:" + name;
  }
}
