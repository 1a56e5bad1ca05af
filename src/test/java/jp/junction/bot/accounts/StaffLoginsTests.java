package jp.junction.bot.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.line.LineSettings;
import jp.junction.bot.system.StaffSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first administrator from the environment, as before accounts lived in Redis. */
@ExtendWith(OutputCaptureExtension.class)
class StaffLoginsTests {

  static final Pattern LOGGED =
      Pattern.compile("user '(\\w+)' with the generated password '([^']+)'");
  final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  final LineSettings channel =
      new LineSettings(
          "secret", "token", "https://api.line.me", null, 64, java.time.Duration.ofMinutes(1));
  final LineSettings local =
      new LineSettings(
          null, null, "https://api.line.me", null, 64, java.time.Duration.ofMinutes(1));

  @Test
  void theConfiguredPasswordIsUsedWithARealChannel(CapturedOutput output) {
    UserDetails staff =
        new StaffLogins(new StaffSettings("kanri", "configured"), channel, encoder, null)
            .loadUserByUsername("kanri");

    assertThat(encoder.matches("configured", staff.getPassword())).isTrue();
    assertThat(staff.getPassword()).startsWith("{bcrypt}");
    assertThat(staff.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
    assertThat(output).doesNotContain("generated password");
  }

  @Test
  void withoutAPasswordOneIsGeneratedAndLoggedOnceWithTheUserName(CapturedOutput output) {
    UserDetails staff =
        new StaffLogins(new StaffSettings("kanri", ""), channel, encoder, null)
            .loadUserByUsername("kanri");

    Matcher logged = LOGGED.matcher(output.getOut());
    assertThat(logged.find()).isTrue();
    assertThat(logged.group(1)).isEqualTo("kanri");
    assertThat(encoder.matches(logged.group(2), staff.getPassword())).isTrue();
    assertThat(logged.find()).isFalse();
    assertThat(output.getOut()).contains("WARN");
  }

  @Test
  void aConfiguredPasswordIsHonouredInLocalModeToo(CapturedOutput output) {
    UserDetails staff =
        new StaffLogins(new StaffSettings("staff", "configured"), local, encoder, null)
            .loadUserByUsername("staff");

    assertThat(encoder.matches("configured", staff.getPassword())).isTrue();
    assertThat(output.getOut()).doesNotContain("generated password");
  }

  @Test
  void localModeWithoutAPasswordGeneratesOneAndShowsItOnce(CapturedOutput output) {
    UserDetails staff =
        new StaffLogins(new StaffSettings("staff", null), local, encoder, null)
            .loadUserByUsername("staff");

    Matcher logged = LOGGED.matcher(output.getOut());
    assertThat(logged.find()).isTrue();
    assertThat(encoder.matches(logged.group(2), staff.getPassword())).isTrue();
    assertThat(logged.find()).isFalse();
  }
}
