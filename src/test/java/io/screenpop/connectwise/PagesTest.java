package io.screenpop.connectwise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;

class PagesTest {

    @Test
    void readsNextPageIdFromLinkHeader() {
        assertEquals(2000L, Pages.nextPageId(
                "<https://h/v4_6_release/apis/3.0/company/contacts?pageSize=1000&pageId=2000>; rel=\"next\""));
        assertEquals(7L, Pages.nextPageId("<https://h/x?pageId=3>; rel=\"first\", <https://h/x?pageSize=5&pageId=7>; rel=next"));
        assertNull(Pages.nextPageId("<https://h/x?pageId=3>; rel=\"first\""));
        assertNull(Pages.nextPageId(null));
    }

    @Test
    void followsLinksUntilThereIsNoNextAndNeverCapsPages() {
        List<Long> asked = new ArrayList<>();
        int pages = 25; // more than any fixed cap an earlier tool used (10 pages of 1000)
        long total = Pages.forEach(pageId -> {
            asked.add(pageId);
            long n = pageId == null ? 0 : pageId;
            RestResponse.ResponseBuilder<List<Integer>> b = RestResponse.ResponseBuilder.ok(List.of((int) n + 1));
            if (n + 1 < pages) {
                b.header("Link", "<http://cw/company/contacts?pageSize=1&pageId=" + (n + 1) + ">; rel=\"next\"");
            }
            return b.build();
        }, page -> {
        });
        assertEquals(pages, total);
        assertEquals(pages, asked.size());
        assertNull(asked.get(0));
    }

    @Test
    void refusesALinkThatDoesNotMoveForward() {
        assertThrows(IllegalStateException.class, () -> Pages.forEach(pageId -> RestResponse.ResponseBuilder
                .ok(List.of(1)).header("Link", "<http://cw/x?pageId=5>; rel=\"next\"").build(), page -> {
                }));
    }
}
