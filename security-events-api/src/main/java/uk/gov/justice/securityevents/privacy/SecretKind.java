package uk.gov.justice.securityevents.privacy;

/**
 * The kinds of secret the writer recognises in free-text fields and replaces with {@code [REDACTED:<label>]}. Only
 * the secret part is replaced: {@code password=hunter2} becomes {@code password=[REDACTED:password]}, and
 * {@code https://u:p@host} becomes {@code https://u:[REDACTED:url_password]@host}.
 */
public enum SecretKind {
    /** A JSON Web Token ({@code eyJ….eyJ….sig}), signed or not. */
    JWT("jwt"),
    /** The credential after {@code Bearer } (e.g. in a logged {@code Authorization} header). */
    BEARER("bearer"),
    /** The base64 {@code user:password} after {@code Basic }. */
    BASIC("basic"),
    /** The value of a {@code password}, {@code passwd}, {@code pwd} or {@code pass} parameter. */
    PASSWORD("password"),
    /** The value of a {@code token}, {@code access_token}, {@code refresh_token}, {@code id_token} or {@code auth_token} parameter. */
    TOKEN("token"),
    /** The value of a {@code secret} or {@code client_secret} parameter. */
    SECRET("secret"),
    /** The value of an {@code api_key}, {@code apikey}, {@code api-key} or {@code x-api-key} parameter. */
    API_KEY("api_key"),
    /** An AWS access key id ({@code AKIA…}/{@code ASIA…}, 20 characters). */
    AWS_ACCESS_KEY_ID("aws_access_key_id"),
    /** The value after {@code aws_secret_access_key}. */
    AWS_SECRET_KEY("aws_secret_access_key"),
    /** The body of a PEM private key ({@code -----BEGIN … PRIVATE KEY-----}). */
    PRIVATE_KEY("private_key"),
    /** A GitHub token ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code ghr_}, {@code github_pat_}). */
    GITHUB_TOKEN("github_token"),
    /** A Slack token ({@code xoxb-}, {@code xoxp-}, {@code xoxa-}, {@code xoxr-}, {@code xoxs-}). */
    SLACK_TOKEN("slack_token"),
    /** The password in a URL's user information ({@code scheme://user:password@host}). */
    URL_PASSWORD("url_password");

    private final String label;

    SecretKind(String label) {
        this.label = label;
    }

    /** The label in the replacement, e.g. {@code password} in {@code [REDACTED:password]}. */
    public String label() {
        return label;
    }

    /** The replacement text, e.g. {@code [REDACTED:password]}. */
    public String replacement() {
        return "[REDACTED:" + label + "]";
    }
}
