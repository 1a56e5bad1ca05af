package jp.junction.bot.system;

import org.apache.catalina.Manager;
import org.apache.catalina.session.ManagerBase;
import org.apache.catalina.session.StandardManager;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Caps how many HTTP sessions the instance holds. Only a staff login opens one, and logins are
 * throttled; the cap is the backstop that keeps sessions from ever taking the heap the crisis path
 * needs.
 */
@Component
class SessionLimits implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

  private final int maxSessions;

  SessionLimits(StaffLoginSettings settings) {
    this.maxSessions = settings.maxSessions();
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          Manager manager = context.getManager();
          ManagerBase base = manager instanceof ManagerBase m ? m : new StandardManager();
          if (base != manager) {
            context.setManager(base);
          }
          base.setMaxActiveSessions(maxSessions);
        });
  }
}
