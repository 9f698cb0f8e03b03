package uk.gov.justice.securityevents.samples.springboot;

import java.security.Principal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** Minimal HTML pages, with the CSRF token in every form. */
@RestController
public class Pages {
    /** Home: who you are, and the forms to log out and switch user. */
    @GetMapping(value = "/", produces = "text/html")
    public String home(Principal principal, CsrfToken csrf) {
        String token = "<input type=\"hidden\" name=\"" + csrf.getParameterName() + "\" value=\""
                + HtmlUtils.htmlEscape(csrf.getToken()) + "\">";
        return "<!doctype html><title>security-events sample</title>"
                + "<p>Signed in as <b>" + HtmlUtils.htmlEscape(principal.getName()) + "</b>."
                + " <a href=\"/admin\">Admin page</a></p>"
                + "<form method=\"post\" action=\"/logout\">" + token + "<button>Log out</button></form>"
                + "<form method=\"post\" action=\"/login/impersonate\">" + token
                + "<input name=\"username\" value=\"alice\"><button>Switch user (admins)</button></form>"
                + "<form method=\"post\" action=\"/logout/impersonate\">" + token
                + "<button>Switch back</button></form>";
    }

    /** Administrators only: anyone else gets 403 and an AccessDenied event. */
    @GetMapping(value = "/admin", produces = "text/plain")
    public String admin(Principal principal) {
        return "Admin page, seen by " + principal.getName();
    }
}
