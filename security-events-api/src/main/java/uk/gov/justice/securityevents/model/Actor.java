package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/**
 * Who performed the activity ({@code actor}), kept apart from the target: an administrator who locks an account is the
 * actor, the account is the target. Needs a user or an application name.
 */
public final class Actor {
    private final User user;
    private final String appName;
    private final String sessionUid;

    private Actor(User user, String appName, String sessionUid) {
        this.user = user;
        this.appName = Validate.optionalNonBlank(appName, "actor.app_name");
        this.sessionUid = Validate.optionalNonBlank(sessionUid, "actor.session.uid");
        Validate.atLeastOne("actor", "user, app_name", user, this.appName);
    }

    /** A user acting. */
    public static Actor user(User user) {
        return new Actor(Validate.required(user, "actor.user"), null, null);
    }

    /** A user acting within a session (e.g. the elevated session of a role switch). */
    public static Actor user(User user, String sessionUid) {
        return new Actor(Validate.required(user, "actor.user"), null, sessionUid);
    }

    /** An application or pipeline acting on its own behalf. */
    public static Actor application(String appName) {
        return new Actor(null, Validate.nonBlank(appName, "actor.app_name"), null);
    }

    /** The acting user, or null. */
    public User user() {
        return user;
    }

    /** The acting application, or null. */
    public String appName() {
        return appName;
    }

    /** The actor's session id, or null. */
    public String sessionUid() {
        return sessionUid;
    }

    @Override
    public String toString() {
        return user != null ? user.toString() : "App[" + appName + "]";
    }
}
