package jp.junction.bot.system;

import java.util.List;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.data.redis.connection.RedisClusterConfiguration;
import org.springframework.data.redis.connection.RedisNode;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisSentinelConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;

/**
 * Redis Sentinel or Cluster from Spring Boot's own {@code spring.data.redis.*} properties, so that
 * operators use the documented names: {@code sentinel.master}, {@code sentinel.nodes}, {@code
 * sentinel.password}, {@code cluster.nodes}, {@code cluster.max-redirects}, {@code password},
 * {@code username}, {@code database}, {@code ssl.enabled}.
 */
final class RedisTopology {

  private RedisTopology() {}

  static boolean sentinel(RedisProperties spring) {
    RedisProperties.Sentinel sentinel = spring.getSentinel();
    return sentinel != null && sentinel.getMaster() != null && !sentinel.getMaster().isBlank();
  }

  static boolean cluster(RedisProperties spring) {
    RedisProperties.Cluster cluster = spring.getCluster();
    return cluster != null && cluster.getNodes() != null && !cluster.getNodes().isEmpty();
  }

  static RedisSentinelConfiguration sentinelConfiguration(RedisProperties spring) {
    RedisProperties.Sentinel sentinel = spring.getSentinel();
    if (sentinel.getNodes() == null || sentinel.getNodes().isEmpty()) {
      throw new IllegalArgumentException(
          "spring.data.redis.sentinel.nodes is empty: list the sentinels as host:port,host:port");
    }
    RedisSentinelConfiguration target = new RedisSentinelConfiguration();
    target.master(sentinel.getMaster());
    nodes(sentinel.getNodes(), "spring.data.redis.sentinel.nodes").forEach(target::sentinel);
    target.setDatabase(spring.getDatabase());
    if (spring.getUsername() != null) {
      target.setUsername(spring.getUsername());
    }
    if (spring.getPassword() != null) {
      target.setPassword(RedisPassword.of(spring.getPassword()));
    }
    if (sentinel.getUsername() != null) {
      target.setSentinelUsername(sentinel.getUsername());
    }
    if (sentinel.getPassword() != null) {
      target.setSentinelPassword(RedisPassword.of(sentinel.getPassword()));
    }
    return target;
  }

  static RedisClusterConfiguration clusterConfiguration(RedisProperties spring) {
    RedisClusterConfiguration target = new RedisClusterConfiguration();
    nodes(spring.getCluster().getNodes(), "spring.data.redis.cluster.nodes")
        .forEach(target::addClusterNode);
    if (spring.getCluster().getMaxRedirects() != null) {
      target.setMaxRedirects(spring.getCluster().getMaxRedirects());
    }
    if (spring.getUsername() != null) {
      target.setUsername(spring.getUsername());
    }
    if (spring.getPassword() != null) {
      target.setPassword(RedisPassword.of(spring.getPassword()));
    }
    return target;
  }

  static LettuceClientConfiguration.LettuceClientConfigurationBuilder ssl(
      LettuceClientConfiguration.LettuceClientConfigurationBuilder client, RedisProperties spring) {
    if (spring.getSsl() != null && spring.getSsl().isEnabled()) {
      client.useSsl();
    }
    return client;
  }

  private static List<RedisNode> nodes(List<String> nodes, String property) {
    return nodes.stream().map(node -> node(node.trim(), property)).toList();
  }

  private static RedisNode node(String hostPort, String property) {
    int colon = hostPort.lastIndexOf(':');
    try {
      return new RedisNode(
          hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(property + ": '" + hostPort + "' is not host:port", e);
    }
  }
}
