package jp.junction.bot.notices;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A Redis client that dies like a killed worker: the first {@code writes} writing commands go
 * through, then every command fails as if the process were gone, so a test can look at what such a
 * crash leaves behind.
 */
final class CrashingRedis {

  private static final Set<String> WRITES =
      Set.of(
          "sAdd",
          "sRem",
          "sPop",
          "sUnionStore",
          "sInterStore",
          "rPush",
          "lPush",
          "hSet",
          "hMSet",
          "hIncrBy",
          "del",
          "unlink",
          "expire",
          "pExpire",
          "zAdd",
          "zRem",
          "eval",
          "evalSha",
          "set",
          "setEx",
          "incr",
          "incrBy");

  private CrashingRedis() {}

  /** A template on {@code real} that lets {@code writes} writing commands through, then dies. */
  static StringRedisTemplate after(RedisConnectionFactory real, int writes) {
    AtomicInteger left = new AtomicInteger(writes);
    RedisConnectionFactory factory =
        (RedisConnectionFactory)
            Proxy.newProxyInstance(
                CrashingRedis.class.getClassLoader(),
                new Class<?>[] {RedisConnectionFactory.class},
                (proxy, method, args) -> {
                  Object result = call(real, method, args);
                  return method.getName().equals("getConnection")
                      ? wrap(result, RedisConnection.class, left)
                      : result;
                });
    StringRedisTemplate template = new StringRedisTemplate(factory);
    template.afterPropertiesSet();
    return template;
  }

  private static Object wrap(Object target, Class<?> type, AtomicInteger left) {
    return Proxy.newProxyInstance(
        CrashingRedis.class.getClassLoader(),
        new Class<?>[] {type},
        (proxy, method, args) -> {
          String name = method.getName();
          if (left.get() <= 0 && !name.equals("close") && !name.equals("isClosed")) {
            throw new RedisConnectionFailureException("the worker was killed (test)");
          }
          Object result = call(target, method, args);
          if (WRITES.contains(name)) {
            left.decrementAndGet();
          }
          Class<?> returned = method.getReturnType();
          if (result != null
              && returned.isInterface()
              && returned.getSimpleName().endsWith("Commands")) {
            return wrap(result, returned, left);
          }
          return result;
        });
  }

  private static Object call(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
