package io.screenpop.signin;

/**
 * A signed-in agent who is not an admin named another ConnectWise member to charge a write to
 * (answered 403 by {@link AgentMemberMappers}).
 */
public class ImpersonationRefusedException extends RuntimeException {

    /** @param message what was refused, in words for the agent */
    public ImpersonationRefusedException(String message) {
        super(message);
    }
}
