package jp.junction.bot.line;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The secret webhooks are signed with: the channel's in production, a random one per process in
 * local mode (the chat page signs its events with it, so they take the same path as LINE's).
 */
public final class ChannelSecret {

  private final String value;
  private final boolean local;

  private ChannelSecret(String value, boolean local) {
    this.value = value;
    this.local = local;
  }

  public static ChannelSecret from(LineSettings settings) {
    if (!settings.localMode()) {
      return new ChannelSecret(settings.channelSecret(), false);
    }
    byte[] random = new byte[16];
    new SecureRandom().nextBytes(random);
    return new ChannelSecret(HexFormat.of().formatHex(random), true);
  }

  public String value() {
    return value;
  }

  public boolean local() {
    return local;
  }

  @Override
  public String toString() {
    return "ChannelSecret[hidden]";
  }
}
