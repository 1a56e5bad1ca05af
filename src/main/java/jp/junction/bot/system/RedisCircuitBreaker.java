package jp.junction.bot.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisSentinelConnection;
import org.springframework.util.ClassUtils;

/**
 * A connection factory that fails fast while Redis is known to be unreachable or hanging: after a
 * connection failure or a command timeout, every call fails at once for a short cool-down instead
 * of each waiting for its own timeout, so one message touching Redis five times costs one timeout,
 * not five. After the cool-down the next call tries Redis again (Lettuce reconnects by itself). A
 * failure of a caller that was interrupted (a worker being stopped) is its own and trips nothing.
 */
class RedisCircuitBreaker implements RedisConnectionFactory {

  private static final Logger log = LoggerFactory.getLogger(RedisCircuitBreaker.class);

  private final RedisConnectionFactory delegate;
  private final long coolDownNanos;
  private final LongSupplier nanoClock;
  private final AtomicLong openUntil = new AtomicLong(Long.MIN_VALUE);

  RedisCircuitBreaker(RedisConnectionFactory delegate, Duration coolDown, LongSupplier nanoClock) {
    this.delegate = delegate;
    this.coolDownNanos = coolDown.toNanos();
    this.nanoClock = nanoClock;
  }

  boolean open() {
    long until = openUntil.get();
    return until != Long.MIN_VALUE && nanoClock.getAsLong() - until < 0;
  }

  @Override
  public RedisConnection getConnection() {
    if (open()) {
      throw new RedisConnectionFailureException("Redis unavailable (failing fast for a moment)");
    }
    try {
      RedisConnection connection = delegate.getConnection();
      return (RedisConnection)
          Proxy.newProxyInstance(
              RedisConnection.class.getClassLoader(),
              ClassUtils.getAllInterfaces(connection),
              new Watch(connection));
    } catch (DataAccessException e) {
      trip(e);
      throw e;
    }
  }

  @Override
  public RedisClusterConnection getClusterConnection() {
    return delegate.getClusterConnection();
  }

  @Override
  public boolean getConvertPipelineAndTxResults() {
    return delegate.getConvertPipelineAndTxResults();
  }

  @Override
  public RedisSentinelConnection getSentinelConnection() {
    return delegate.getSentinelConnection();
  }

  @Override
  public DataAccessException translateExceptionIfPossible(RuntimeException ex) {
    return delegate.translateExceptionIfPossible(ex);
  }

  private void trip(Exception cause) {
    if (interrupted(cause)) {
      // A caller being stopped (a worker shutting down) fails its own connect or command; that
      // says nothing about Redis, and cutting everyone else off for the cool-down would be wrong.
      return;
    }
    long before = openUntil.getAndSet(nanoClock.getAsLong() + coolDownNanos);
    if (before == Long.MIN_VALUE || nanoClock.getAsLong() - before >= 0) {
      log.warn(
          "Redis unreachable ({}): failing fast for {} ms",
          cause.getClass().getSimpleName(),
          coolDownNanos / 1_000_000);
    }
  }

  private static boolean interrupted(Throwable cause) {
    if (Thread.currentThread().isInterrupted()) {
      return true;
    }
    for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InterruptedException
          || t instanceof java.nio.channels.ClosedByInterruptException) {
        return true;
      }
    }
    return false;
  }

  /** Trips the breaker when a command on the connection times out or loses the connection. */
  private final class Watch implements InvocationHandler {
    private final RedisConnection target;

    Watch(RedisConnection target) {
      this.target = target;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RedisConnectionFailureException
            || cause instanceof QueryTimeoutException) {
          trip((Exception) cause);
        }
        throw cause;
      }
    }
  }
}
