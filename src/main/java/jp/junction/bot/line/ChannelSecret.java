package jp.junction.bot.line;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret webhooks are signed with: the channel's in production, a random one per process in
 * local mode (the chat page signs its events with it, so they take the same path as LINE's).
 */
public final class ChannelSecret {

  private final String value;

  private ChannelSecret(String value) {
    this.value = value;
  }

  public static ChannelSecret from(LineSettings settings) {
    if (!settings.localMode()) {
      return new ChannelSecret(settings.channelSecret());
    }
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    return new ChannelSecret(HexFormat.of().formatHex(random));
  }

  public String value() {
    return value;
  }

  @Override
  public String toString() {
    return "ChannelSecret[hidden]";
  }
}
