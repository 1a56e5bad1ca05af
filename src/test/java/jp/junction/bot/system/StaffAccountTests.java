package jp.junction.bot.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.junction.bot.line.LineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
class StaffAccountTests {

  static final Pattern LOGGED =
      Pattern.compile("user '(\\w+)' with the generated password '([^']+)'");
  final WebSecurityConfig config = new WebSecurityConfig();
  final PasswordEncoder encoder = config.passwordEncoder();
  final LineSettings channel = new LineSettings("secret", "token", "https://api.line.me", null, 64);
  final LineSettings local = new LineSettings(null, null, "https://api.line.me", null, 64);

  @Test
  void theConfiguredPasswordIsUsedWithARealChannel(CapturedOutput output) {
    UserDetails staff =
        config
            .staffAccount(new StaffSettings("kanri", "configured"), channel, encoder)
            .loadUserByUsername("kanri");

    assertThat(encoder.matches("configured", staff.getPassword())).isTrue();
    assertThat(output).doesNotContain("generated password");
  }

  @Test
  void withoutAPasswordOneIsGeneratedAndLoggedOnceWithTheUserName(CapturedOutput output) {
    UserDetails staff =
        config
            .staffAccount(new StaffSettings("kanri", ""), channel, encoder)
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
        config
            .staffAccount(new StaffSettings("staff", "configured"), local, encoder)
            .loadUserByUsername("staff");

    assertThat(encoder.matches("configured", staff.getPassword())).isTrue();
    assertThat(output.getOut()).doesNotContain("generated password");
  }

  @Test
  void localModeWithoutAPasswordGeneratesOneAndShowsItOnce(CapturedOutput output) {
    UserDetails staff =
        config
            .staffAccount(new StaffSettings("staff", null), local, encoder)
            .loadUserByUsername("staff");

    Matcher logged = LOGGED.matcher(output.getOut());
    assertThat(logged.find()).isTrue();
    assertThat(encoder.matches(logged.group(2), staff.getPassword())).isTrue();
    assertThat(logged.find()).isFalse();
  }
}
