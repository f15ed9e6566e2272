package io.screenpop.members;

import io.screenpop.connectwise.model.Member;

/**
 * A member as the pages and tools see it.
 *
 * @param id         ConnectWise member id
 * @param identifier login name, e.g. {@code tlopez}
 * @param name       full name
 * @param title      job title, or {@code null}
 */
public record MemberView(Integer id, String identifier, String name, String title) {

    /** @return the view of a ConnectWise member */
    public static MemberView of(Member m) {
        return new MemberView(m.id(), m.identifier(), m.fullName(), m.title());
    }
}
