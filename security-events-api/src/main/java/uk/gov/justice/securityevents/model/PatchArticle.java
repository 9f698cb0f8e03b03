package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/**
 * One patch or knowledge-base article and whether it is installed ({@code kb_article}), e.g. {@code KB5034441} or a
 * Linux advisory id such as {@code USN-6591-1}.
 */
public final class PatchArticle {
    /** OCSF {@code kb_article.install_state_id}. */
    public enum InstallState {
        /** 1: installed. */
        INSTALLED(1, "Installed"),
        /** 2: not installed. */
        NOT_INSTALLED(2, "Not Installed"),
        /** 3: installed, waiting for a reboot to take effect. */
        INSTALLED_PENDING_REBOOT(3, "Installed Pending Reboot");

        private final int id;
        private final String caption;

        InstallState(int id, String caption) {
            this.id = id;
            this.caption = caption;
        }

        /** OCSF id. */
        public int id() {
            return id;
        }

        /** OCSF caption. */
        public String caption() {
            return caption;
        }
    }

    private final String uid;
    private final String title;
    private final InstallState installState;

    private PatchArticle(String uid, String title, InstallState installState) {
        this.uid = Validate.nonBlank(uid, "kb_article_list.uid");
        this.title = Validate.optionalNonBlank(title, "kb_article_list.title");
        this.installState = Validate.required(installState, "kb_article_list.install_state_id");
    }

    /**
     * An article.
     *
     * @param uid          its id, e.g. {@code KB5034441}
     * @param title        its title, or null
     * @param installState whether it is installed
     * @return the article
     */
    public static PatchArticle of(String uid, String title, InstallState installState) {
        return new PatchArticle(uid, title, installState);
    }

    /** Id. */
    public String uid() {
        return uid;
    }

    /** Title, or null. */
    public String title() {
        return title;
    }

    /** Install state. */
    public InstallState installState() {
        return installState;
    }

    @Override
    public String toString() {
        return "PatchArticle[" + uid + " " + installState + "]";
    }
}
