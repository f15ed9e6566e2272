package io.screenpop.home;

import java.util.List;

/**
 * Phone numbers worth trying, listed on the home page when a bean provides them. Only the built-in
 * ConnectWise sandbox does, and only outside production, so a production page shows none.
 */
public interface DemoNumbers {

    /**
     * A number to try.
     *
     * @param phone the number as a phone system might send it
     * @param what  who it belongs to, e.g. "Jane Doe's cell"
     */
    record DemoNumber(String phone, String what) {
    }

    /** @return the numbers, in the order to show them */
    List<DemoNumber> numbers();
}
