package io.screenpop.sandbox.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.LaunchMode;
import io.screenpop.home.DemoNumbers;
import io.screenpop.sandbox.SandboxConfig;

/** The sandbox's demo numbers for the home page: only with the sandbox on and never in production mode. */
@ApplicationScoped
public class SandboxDemoNumbers implements DemoNumbers {

    private final SandboxConfig config;

    /** CDI constructor. */
    public SandboxDemoNumbers(SandboxConfig config) {
        this.config = config;
    }

    @Override
    public List<DemoNumber> numbers() {
        return config.enabled() && LaunchMode.current() != LaunchMode.NORMAL ? DemoNumbersBanner.NUMBERS : List.of();
    }
}
