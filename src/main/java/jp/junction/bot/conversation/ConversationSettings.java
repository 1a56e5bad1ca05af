package jp.junction.bot.conversation;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Dialog engine settings.
 *
 * @param dialogsDir the folder of {@code *.yml} dialog files ({@code JUNCTION_DIALOGS_DIR})
 * @param stateTtl how long conversation state is kept after the last message
 * @param defaultTextAction the action that answers typed text no dialog recognises
 * @param defaultLocationAction the action that answers a shared location
 */
@ConfigurationProperties("junction.conversation")
public record ConversationSettings(
    @DefaultValue("dialogs") Path dialogsDir,
    @DefaultValue("30m") Duration stateTtl,
    @DefaultValue("search") String defaultTextAction,
    @DefaultValue("search.location") String defaultLocationAction) {}
