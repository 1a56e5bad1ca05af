package jp.junction.bot;

import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Every Redis command a Lettuce client sends, with the thread that sent it: without pipelines each
 * command is one round trip. It must listen before the client's first connection: {@link
 * #of(LettuceConnectionFactory)} for a factory of one's own, or {@code @Import} it into a Spring
 * test, where it listens to the context's factory as soon as that is initialised.
 */
public final class RedisCommandLog implements CommandListener, BeanPostProcessor {

  private record Sent(String thread, String command) {}

  private final Queue<Sent> sent = new ConcurrentLinkedQueue<>();

  /** A log of what this (started, not yet connected) factory's client sends. */
  public static RedisCommandLog of(LettuceConnectionFactory factory) {
    RedisCommandLog log = new RedisCommandLog();
    factory.getRequiredNativeClient().addListener(log);
    return log;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String name) {
    if (bean instanceof LettuceConnectionFactory factory) {
      factory.getRequiredNativeClient().addListener(this);
    }
    return bean;
  }

  @Override
  public void commandStarted(CommandStartedEvent event) {
    sent.add(new Sent(Thread.currentThread().getName(), event.getCommand().getType().toString()));
  }

  /** The commands sent so far from threads whose name starts so, oldest first. */
  public List<String> from(String threadPrefix) {
    return sent.stream()
        .filter(s -> s.thread().startsWith(threadPrefix))
        .map(Sent::command)
        .toList();
  }

  public void clear() {
    sent.clear();
  }
}
