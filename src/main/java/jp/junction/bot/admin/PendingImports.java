package jp.junction.bot.admin;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Previewed files waiting to be applied, in Redis for {@code junction.staff-import.keep-for}: the
 * token the preview page carries names the file exactly as it was read, the account that read it
 * and the digest of the plan it showed. Taking a token deletes it, so a second click (or a second
 * instance) finds nothing to apply. Nothing in it is about a LINE user.
 */
@Component
class PendingImports {

  /** A previewed file. */
  record Pending(String file, byte[] content, String digest) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private final StringRedisTemplate redis;
  private final ImportSettings settings;

  PendingImports(StringRedisTemplate redis, ImportSettings settings) {
    this.redis = redis;
    this.settings = settings;
  }

  /** Keeps the file for {@code who}'s apply; returns the token. */
  String keep(String who, String file, byte[] content, String digest) {
    byte[] random = new byte[16];
    RANDOM.nextBytes(random);
    String token = HexFormat.of().formatHex(random);
    String key = settings.keyPrefix() + token;
    redis
        .opsForHash()
        .putAll(
            key,
            Map.of(
                "who", who,
                "file", file,
                "digest", digest,
                "content", Base64.getEncoder().encodeToString(content)));
    redis.expire(key, settings.keepFor());
    return token;
  }

  /**
   * The file {@code who} previewed under {@code token}, taken once: empty when the token is
   * unknown, expired, another account's, or was taken already.
   */
  Optional<Pending> take(String token, String who) {
    if (token == null || !token.matches("[0-9a-f]{32}")) {
      return Optional.empty();
    }
    String key = settings.keyPrefix() + token;
    List<Object> values =
        redis.opsForHash().multiGet(key, List.of("who", "file", "digest", "content"));
    if (values.contains(null) || !who.equals(values.get(0))) {
      return Optional.empty();
    }
    // Only the caller whose delete removed the key applies: two clicks race here, one wins.
    if (!Boolean.TRUE.equals(redis.delete(key))) {
      return Optional.empty();
    }
    return Optional.of(
        new Pending(
            values.get(1).toString(),
            Base64.getDecoder().decode(values.get(3).toString()),
            values.get(2).toString()));
  }
}
