package jp.junction.bot.system;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a staff password only while neither the account nor the client address is locked, and
 * counts the wrong ones ({@link LoginThrottle}). Wraps any password provider, for the form and for
 * HTTP Basic alike. The client address is the servlet's remote address: it follows {@code
 * X-Forwarded-For} only when {@code server.forward-headers-strategy} says a proxy sets it, so a
 * forged header cannot give a guesser a fresh address per try.
 */
final class ThrottledAuthentication implements AuthenticationProvider {

  private static final Logger log = LoggerFactory.getLogger(ThrottledAuthentication.class);

  private final AuthenticationProvider passwords;
  private final UserDetailsService accounts;
  private final LoginThrottle throttle;

  ThrottledAuthentication(
      AuthenticationProvider passwords, UserDetailsService accounts, LoginThrottle throttle) {
    this.passwords = passwords;
    this.accounts = accounts;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    String account = attempt.getName();
    String address = address(attempt);
    Optional<java.time.Duration> locked = throttle.lockedFor(account, address);
    if (locked.isPresent()) {
      log.warn("Staff login refused while locked: {} from {}", shown(account), address);
      throw new LoginLocked(locked.get());
    }
    try {
      Authentication done = passwords.authenticate(attempt);
      throttle.succeeded(account);
      return done;
    } catch (BadCredentialsException e) {
      boolean nowLocked = throttle.failed(account, address);
      // Never the password; the name only when it is a real account (a password typed into the
      // name field would otherwise land in the log).
      log.warn(
          "Staff login failed: {} from {}{}",
          shown(account),
          address,
          nowLocked ? " (now locked)" : "");
      if (nowLocked) {
        throw new LoginLocked(throttle.lockedFor(account, address).orElseThrow());
      }
      throw e;
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private String shown(String account) {
    try {
      accounts.loadUserByUsername(account);
      return "account '" + account + "'";
    } catch (UsernameNotFoundException e) {
      return "an unknown account";
    }
  }

  private static String address(Authentication attempt) {
    return attempt.getDetails() instanceof WebAuthenticationDetails web
        ? web.getRemoteAddress()
        : "unknown";
  }
}
