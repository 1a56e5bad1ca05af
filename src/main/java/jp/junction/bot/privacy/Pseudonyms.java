package jp.junction.bot.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keyed pseudonyms (HMAC-SHA256) for LINE user ids: logs, metrics and conversation state use these,
 * never the id itself. Without a configured key the pseudonyms change on every restart.
 */
@Component
public class Pseudonyms {

  private static final Logger log = LoggerFactory.getLogger(Pseudonyms.class);

  private final SecretKeySpec key;

  public Pseudonyms(PrivacySettings settings) {
    byte[] secret;
    if (settings.pseudonymKey() == null || settings.pseudonymKey().isBlank()) {
      secret = new byte[32];
      new SecureRandom().nextBytes(secret);
      log.warn("JUNCTION_PSEUDONYM_KEY is not set: pseudonyms in logs and state change on restart");
    } else {
      secret = settings.pseudonymKey().getBytes(StandardCharsets.UTF_8);
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** A stable, non-reversible 20-hex-character pseudonym for {@code lineUserId}. */
  public String of(String lineUserId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] digest = mac.doFinal(lineUserId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
