package jp.junction.bot.system;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Reads every request body before anything else sees the request, with non-blocking I/O: while the
 * bytes trickle in no server thread waits, so 200 connections sending one byte every 2 s cannot
 * take Tomcat's threads from a signed LINE webhook. A body must arrive within {@link
 * BodySettings#bodyTimeout()} (408), stay under {@link BodySettings#maxBody()} (413; a staff
 * member's file for the directory import has its own, larger limits), and at most {@link
 * BodySettings#maxUploads()} arrive at once (the oldest is dropped for a newcomer). The request
 * then continues with its body in memory ({@link BufferedBodyRequest}).
 */
final class SlowBodyFilter extends GenericFilterBean {

  private static final Logger log = LoggerFactory.getLogger(SlowBodyFilter.class);
  private static final String BODY = SlowBodyFilter.class.getName() + ".body";
  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final BodySettings settings;
  private final BodyUploads uploads;
  private final StaffRefusals staff;

  SlowBodyFilter(BodySettings settings) {
    this(settings, StaffRefusals.NONE);
  }

  SlowBodyFilter(BodySettings settings, StaffRefusals staff) {
    this.settings = settings;
    this.uploads = new BodyUploads(settings.maxUploads());
    this.staff = staff;
  }

  /**
   * What a staff member's browser shows when its form or file is refused: a page in Japanese that
   * says why and what to do (a script's JSON API and LINE's webhook get the short text).
   */
  interface StaffRefusals {
    StaffRefusals NONE = (status, maxBody) -> null;

    /** The page's HTML for {@code status}, or null to answer with the short text. */
    String page(int status, long maxBody);
  }

  /** Staff pages are under /admin/, apart from the JSON API under /admin/api/. */
  static boolean staffPage(String path) {
    return path.startsWith("/admin/") && !path.startsWith("/admin/api/");
  }

  BodyUploads uploads() {
    return uploads;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (request.getDispatcherType() == DispatcherType.ASYNC
        && request.getAttribute(BODY) instanceof byte[] body) {
      // Once: a later async dispatch (a controller's own) is not a new request.
      request.removeAttribute(BODY);
      chain.doFilter(new BufferedBodyRequest(request, body), response);
      return;
    }
    if (request.getDispatcherType() != DispatcherType.REQUEST
        || !WITH_BODY.contains(request.getMethod())
        || request.getContentLengthLong() == 0
        || !onTomcat(request)) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    // The large file limit is for a signed-in staff member's upload: a request without a valid
    // session (anyone on the internet) gets the ordinary limit, so it cannot hold big buffers.
    boolean signedIn = request.isRequestedSessionIdValid();
    long maxBody = signedIn ? settings.maxBody(path) : settings.maxBody("");
    // A signed-in staff member's file over the limit goes to the import's own page, which says the
    // limit and what to do; the body is never read (the browser shows the answer it gets early).
    String fileTooLarge =
        signedIn && settings.takesFile(path)
            ? request.getContextPath() + settings.fileTooLarge()
            : null;
    boolean drain = false;
    if (request.getContentLengthLong() > maxBody) {
      drain = fileTooLarge != null && request.getContentLengthLong() <= settings.maxDrain();
      if (fileTooLarge != null && !drain) {
        seeOther(response, fileTooLarge);
        return;
      }
    }
    if (request.getContentLengthLong() > maxBody && !drain) {
      refuse(
          response,
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "body too large",
          staffPage(path)
              ? staff.page(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, maxBody)
              : null);
      return;
    }
    AsyncContext async = request.startAsync();
    async.setTimeout(settings.bodyTimeout(path).toMillis());
    Reading reading =
        new Reading(async, request.getInputStream(), maxBody, staffPage(path), fileTooLarge);
    if (drain) {
      reading.drain();
    }
    async.addListener(reading);
    uploads.admit(reading).ifPresent(BodyUploads.Upload::drop);
    request.getInputStream().setReadListener(reading);
  }

  /** MockMvc and other stand-ins have no non-blocking input; the real server always has. */
  private static boolean onTomcat(HttpServletRequest request) {
    return request.getServletContext().getServerInfo().startsWith("Apache Tomcat");
  }

  private static void refuse(HttpServletResponse response, int status, String text, String page)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Connection", "close");
    if (page != null) {
      response.setContentType("text/html;charset=UTF-8");
      response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
      return;
    }
    response.setContentType("text/plain;charset=UTF-8");
    response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void seeOther(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Connection", "close");
    response.setHeader("Location", location);
  }

  /** One body arriving: collects the bytes as they come, then dispatches the request again. */
  private final class Reading implements ReadListener, AsyncListener, BodyUploads.Upload {
    private final AsyncContext async;
    private final ServletInputStream in;
    private ByteArrayOutputStream body = new ByteArrayOutputStream();
    private long drained;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final byte[] buffer = new byte[8192];

    private final long maxBody;
    private final boolean staffPage;
    private final String fileTooLarge;

    Reading(
        AsyncContext async,
        ServletInputStream in,
        long maxBody,
        boolean staffPage,
        String fileTooLarge) {
      this.async = async;
      this.in = in;
      this.maxBody = maxBody;
      this.staffPage = staffPage;
      this.fileTooLarge = fileTooLarge;
    }

    /**
     * From now on the bytes are counted and thrown away: a browser answered before its upload has
     * gone out shows its own (English) connection error instead of the answer, so a signed-in staff
     * member's file over the limit is let arrive, unkept, and then sent to the explanation.
     */
    void drain() {
      drained = body == null ? drained : body.size();
      body = null;
    }

    @Override
    public long held() {
      ByteArrayOutputStream kept = body;
      return kept == null ? 0 : kept.size();
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (!ended.get() && in.isReady()) {
        int n = in.read(buffer);
        if (n < 0) {
          return;
        }
        if (body == null) {
          drained += n;
          if (drained > settings.maxDrain()) {
            stop(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body too large");
            return;
          }
          continue;
        }
        body.write(buffer, 0, n);
        if (body.size() > maxBody) {
          if (fileTooLarge != null) {
            // A body that did not say its length: kept up to the limit, never past it.
            drain();
            continue;
          }
          stop(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "body too large");
          return;
        }
      }
    }

    @Override
    public void onAllDataRead() {
      if (body == null) {
        if (end()) {
          seeOther((HttpServletResponse) async.getResponse(), fileTooLarge);
          async.complete();
        }
        return;
      }
      if (end()) {
        async.getRequest().setAttribute(BODY, body.toByteArray());
        async.dispatch();
      }
    }

    @Override
    public void onError(Throwable t) {
      if (end()) {
        async.complete();
      }
    }

    @Override
    public void onTimeout(AsyncEvent event) {
      log.debug("A request body did not arrive in time");
      stop(408, "body too slow");
    }

    @Override
    public void drop() {
      stop(503, "too many uploads at once");
    }

    @Override
    public boolean end() {
      boolean first = ended.compareAndSet(false, true);
      if (first) {
        uploads.remove(this);
      }
      return first;
    }

    private void stop(int status, String text) {
      if (!end()) {
        return;
      }
      try {
        refuse(
            (HttpServletResponse) async.getResponse(),
            status,
            text,
            staffPage ? staff.page(status, maxBody) : null);
      } catch (IOException | IllegalStateException e) {
        // The client is gone or the response was committed: nothing more to say.
      }
      async.complete();
    }

    @Override
    public void onComplete(AsyncEvent event) {
      end();
    }

    @Override
    public void onError(AsyncEvent event) {
      end();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
      // Dispatching again starts no new reading.
    }
  }
}
