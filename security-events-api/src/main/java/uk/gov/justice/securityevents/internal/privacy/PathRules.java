package uk.gov.justice.securityevents.internal.privacy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import uk.gov.justice.securityevents.privacy.PersonalDataAction;
import uk.gov.justice.securityevents.privacy.PersonalDataPolicy;

/**
 * A {@link PersonalDataPolicy} compiled for the writer: looked up by (object path, field name) so no path string is
 * built per field. Immutable and thread-safe.
 */
public final class PathRules {
    private final Map<String, Map<String, PersonalDataAction>> exact = new HashMap<>();
    private final Map<String, PersonalDataAction> wildcard = new HashMap<>();
    private final Set<String> sdkOwned = PersonalDataPolicy.sdkOwnedPaths();
    private final FieldTransforms transforms;

    /**
     * Compiles a policy.
     *
     * @param policy the policy; must not keep everything (use no rules at all then)
     */
    public PathRules(PersonalDataPolicy policy) {
        for (Map.Entry<String, PersonalDataAction> rule : policy.rules().entrySet()) {
            String path = rule.getKey();
            if (path.startsWith("*.")) {
                wildcard.put(path.substring(2), rule.getValue());
            } else {
                int dot = path.lastIndexOf('.');
                String prefix = dot < 0 ? "" : path.substring(0, dot);
                exact.computeIfAbsent(prefix, p -> new HashMap<>()).put(path.substring(dot + 1), rule.getValue());
            }
        }
        this.transforms = new FieldTransforms(policy.pseudonymisationKey().orElse(null));
    }

    /**
     * The action for field {@code name} in the object at {@code prefix} ("" for the root).
     *
     * @param prefix dotted path of the enclosing object
     * @param name   field name
     * @return the action, {@link PersonalDataAction#KEEP} when none applies
     */
    public PersonalDataAction actionFor(String prefix, String name) {
        Map<String, PersonalDataAction> fields = exact.get(prefix);
        PersonalDataAction action = fields != null ? fields.get(name) : null;
        if (action == null) {
            action = wildcard.get(name);
        }
        if (action == null || action == PersonalDataAction.KEEP) {
            return PersonalDataAction.KEEP;
        }
        return sdkOwned.contains(prefix.isEmpty() ? name : prefix + "." + name) ? PersonalDataAction.KEEP : action;
    }

    /** Applies MASK or PSEUDONYMISE to a value of field {@code name}. */
    public String transform(PersonalDataAction action, String name, String value) {
        return action == PersonalDataAction.MASK ? FieldTransforms.mask(name, value)
                : transforms.pseudonymise(name, value);
    }
}
