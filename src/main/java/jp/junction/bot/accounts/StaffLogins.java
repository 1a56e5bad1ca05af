package jp.junction.bot.accounts;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import jp.junction.bot.line.LineSettings;
import jp.junction.bot.system.StaffSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who may log in (the pages' form and the API's HTTP Basic alike, both throttled in {@code
 * system/}): the first administrator from the environment, then the accounts in Redis, each with
 * its role's authority. The environment's administrator works even while Redis is down.
 */
@Component
public class StaffLogins implements UserDetailsService {

  private static final Logger log = LoggerFactory.getLogger(StaffLogins.class);

  private final StaffAccount first;
  private final StaffAccounts accounts;

  StaffLogins(
      StaffSettings staff, LineSettings line, PasswordEncoder encoder, StaffAccounts accounts) {
    this.accounts = accounts;
    String password = staff.password();
    // Without a configured password (the usual local run) staff get a random one, shown once.
    if (!StringUtils.hasText(password)) {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      log.warn(
          "{}: staff login for /admin is user '{}' with the generated password '{}' (valid until"
              + " this process stops)",
          line.localMode() ? "Local mode" : "JUNCTION_ADMIN_PASSWORD is not set",
          staff.user(),
          password);
    }
    this.first =
        new StaffAccount(
            staff.user(), encoder.encode(password), StaffRole.ADMIN, "", List.of(), "");
  }

  @Override
  public UserDetails loadUserByUsername(String name) {
    StaffAccount account =
        find(name).orElseThrow(() -> new UsernameNotFoundException("no staff account"));
    return User.withUsername(account.name())
        .password(account.passwordHash())
        .authorities(account.role().authority())
        .build();
  }

  /** The account behind a login (the environment's administrator, or one in Redis). */
  public Optional<StaffAccount> current(Authentication login) {
    return login == null ? Optional.empty() : find(login.getName());
  }

  /** Whether {@code name} is the environment's administrator (its password is not changed here). */
  public boolean fromEnvironment(String name) {
    return first.name().equals(name);
  }

  private Optional<StaffAccount> find(String name) {
    if (first.name().equals(name)) {
      return Optional.of(first);
    }
    try {
      return accounts.find(name);
    } catch (DataAccessException e) {
      log.warn("Staff accounts unavailable: {}", e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
