package dev.directsupply.sdk.archfixture;

import dev.directsupply.examples.quickstart.Quickstart;

/** Depends on an example, which nothing may. */
public final class SdkUsingAnExample {
    public void run() {
        Quickstart.main(new String[0]);
    }
}
