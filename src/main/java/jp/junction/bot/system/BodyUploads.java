package jp.junction.bot.system;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bodies still arriving, oldest first, bounded: admitting one more when full gives up the one
 * that started first (a slow sender cannot hold a place against a LINE webhook whose body arrives
 * in a few milliseconds).
 */
final class BodyUploads {

  /** One body being read; {@link #end()} is true only for the first caller. */
  interface Upload {
    boolean end();

    void drop();

    /** Bytes of its body held in memory now. */
    long held();
  }

  private final int capacity;
  private final LinkedHashSet<Upload> arriving = new LinkedHashSet<>();
  private final AtomicLong dropped = new AtomicLong();

  BodyUploads(int capacity) {
    this.capacity = capacity;
  }

  /** Admits the upload; returns the oldest one it pushed out, if the set was full. */
  Optional<Upload> admit(Upload upload) {
    Upload oldest = null;
    synchronized (this) {
      if (arriving.size() >= capacity) {
        oldest = arriving.iterator().next();
        arriving.remove(oldest);
      }
      arriving.add(upload);
    }
    if (oldest != null) {
      dropped.incrementAndGet();
    }
    return Optional.ofNullable(oldest);
  }

  synchronized void remove(Upload upload) {
    arriving.remove(upload);
  }

  synchronized int size() {
    return arriving.size();
  }

  /** Bytes held in memory by the bodies still arriving. */
  synchronized long held() {
    return arriving.stream().mapToLong(Upload::held).sum();
  }

  /** Uploads given up to make room since start. */
  long dropped() {
    return dropped.get();
  }
}
