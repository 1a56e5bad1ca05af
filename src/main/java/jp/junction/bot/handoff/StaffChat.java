package jp.junction.bot.handoff;

import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What the staff pages may know of the staff chat: whether the organisation runs one, and how many
 * people the bot is quiet for now, waiting for staff in LINE's chat — a count, never who.
 */
@Component
public class StaffChat {

  private static final Logger log = LoggerFactory.getLogger(StaffChat.class);

  private final HandoffSettings settings;
  private final QuietStore store;

  StaffChat(HandoffSettings settings, QuietStore store) {
    this.settings = settings;
    this.store = store;
  }

  /** Whether the organisation answers in LINE Official Account Manager's chat. */
  public boolean enabled() {
    return settings.enabled();
  }

  /** How many people are waiting now; empty when the store cannot be read. */
  public OptionalLong waiting() {
    try {
      return OptionalLong.of(store.waiting());
    } catch (DataAccessException | IllegalStateException e) {
      log.warn("Staff chat count unavailable: {}", e.getClass().getSimpleName());
      return OptionalLong.empty();
    }
  }
}
