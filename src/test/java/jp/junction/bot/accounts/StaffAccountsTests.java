package jp.junction.bot.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import jp.junction.bot.FeatureTestSupport;
import jp.junction.bot.line.LineSettings;
import jp.junction.bot.system.StaffSettings;
import jp.junction.testing.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff accounts on the real Redis under this test's own prefix: BCrypt, roles, audit log. */
class StaffAccountsTests {

  static final String PREFIX = FeatureTestSupport.uniquePrefix();
  static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
  static LettuceConnectionFactory connections;
  static StringRedisTemplate redis;

  final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  final StaffAccounts accounts =
      new StaffAccounts(
          redis,
          encoder,
          new ObjectMapper().findAndRegisterModules(),
          Clock.fixed(NOW, ZoneOffset.UTC),
          new AccountsSettings(PREFIX + "staff:", 10, 12));

  @BeforeAll
  static void connect() {
    connections = new LettuceConnectionFactory(TestRedis.standalone());
    connections.afterPropertiesSet();
    connections.start();
    redis = new StringRedisTemplate(connections);
  }

  @AfterAll
  static void forget() {
    FeatureTestSupport.deleteKeys(redis, PREFIX);
    connections.destroy();
  }

  @Test
  void anEditorIsKeptWithABcryptHashAndLogsInWithTheEditorRole() {
    accounts.create(editor("takamatsu-1"), "correct horse battery", "staff");

    StaffAccount kept = accounts.find("takamatsu-1").orElseThrow();
    assertThat(kept.passwordHash()).startsWith("{bcrypt}$2");
    assertThat(kept.municipalities()).containsExactly("高松市", "丸亀市");
    assertThat(accounts.matches("takamatsu-1", "correct horse battery")).isTrue();
    assertThat(accounts.matches("takamatsu-1", "wrong")).isFalse();
    UserDetails login = logins().loadUserByUsername("takamatsu-1");
    assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
    assertThat(encoder.matches("correct horse battery", login.getPassword())).isTrue();
  }

  @Test
  void theEnvironmentsAdministratorStillLogsInAndCannotBeShadowed() {
    accounts.create(editor("staff"), "an impostor password", "someone");

    UserDetails admin = logins().loadUserByUsername("staff");

    assertThat(admin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
    assertThat(encoder.matches("from-the-environment", admin.getPassword())).isTrue();
  }

  @Test
  void everyChangeIsLoggedWithWhoAndWhenNewestFirstAndNeverThePassword() {
    accounts.create(editor("audit-1"), "first password here", "staff");
    accounts.changePassword("audit-1", "second password here", "audit-1");
    accounts.delete("audit-1", "staff");

    List<AuditEntry> log = accounts.audit(3);
    assertThat(log)
        .extracting(AuditEntry::action)
        .containsExactly("deleted", "password", "created-editor");
    assertThat(log).extracting(AuditEntry::by).containsExactly("staff", "audit-1", "staff");
    assertThat(log).extracting(AuditEntry::at).containsOnly(NOW);
    assertThat(log).allSatisfy(e -> assertThat(e.account()).isEqualTo("audit-1"));
    assertThat(redis.opsForList().range(PREFIX + "staff:audit", 0, -1))
        .noneMatch(raw -> raw.contains("password here") || raw.contains("bcrypt"));
    assertThat(accounts.find("audit-1")).isEmpty();
  }

  @Test
  void theAuditLogKeepsOnlyTheConfiguredNumberOfEntries() {
    for (int i = 0; i < 15; i++) {
      accounts.create(editor("many-" + i), "a long enough password", "staff");
    }

    assertThat(redis.opsForList().size(PREFIX + "staff:audit")).isEqualTo(10);
    assertThat(accounts.audit(1).get(0).account()).isEqualTo("many-14");
  }

  @Test
  void aNameCannotBeTakenTwice() {
    accounts.create(editor("twice"), "a long enough password", "staff");

    assertThatThrownBy(() -> accounts.create(editor("twice"), "another password", "staff"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEditorCoversOnlyTheirTownsAnAdministratorEverything() {
    StaffAccount editor = editor("scope");
    StaffAccount wholePrefecture =
        new StaffAccount("kagawa", null, StaffRole.EDITOR, "香川県", List.of(), "");

    assertThat(editor.covers("香川県", "高松市")).isTrue();
    assertThat(editor.covers("香川県", "")).isFalse();
    assertThat(editor.covers("群馬県", "前橋市")).isFalse();
    assertThat(wholePrefecture.covers("香川県", "")).isTrue();
    assertThat(wholePrefecture.covers("香川県", "坂出市")).isTrue();
    assertThat(wholePrefecture.covers("全国", "")).isFalse();
    assertThat(new StaffAccount("a", null, StaffRole.ADMIN, "", List.of(), "").covers("全国", ""))
        .isTrue();
  }

  private StaffLogins logins() {
    LineSettings channel =
        new LineSettings(
            "secret", "token", "https://api.line.me", null, 64, java.time.Duration.ofMinutes(1));
    return new StaffLogins(
        new StaffSettings("staff", "from-the-environment"), channel, encoder, accounts);
  }

  private static StaffAccount editor(String name) {
    return new StaffAccount(name, null, StaffRole.EDITOR, "香川県", List.of("高松市", "丸亀市"), "NPOかがわ");
  }
}
