package io.screenpop.connectwise;

import java.net.URI;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.RestResponse;

/**
 * Reads every page of a ConnectWise list with forward-only paging ({@code pagination-type:
 * forward-only}, {@code pageId=<last id seen>}), following the {@code Link: <…>; rel="next"}
 * header until there is none. There is no page cap: a 10,000-record cap was a known bug of earlier
 * screenpop tools. Each page is handed to the sink before the next is fetched, so memory holds one page.
 */
public final class Pages {

    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_ID = Pattern.compile("(?:^|&)pageId=(\\d+)");

    private Pages() {
    }

    /** Fetches one forward-only page after the given id ({@code null} for the first page). */
    @FunctionalInterface
    public interface PageFetcher<T> {
        /**
         * @param pageId the last id seen, or {@code null} for the first page
         * @return ConnectWise's answer: the records and the {@code Link} header
         */
        RestResponse<List<T>> fetch(Long pageId);
    }

    /**
     * Reads all pages.
     *
     * @param fetcher one page per call
     * @param sink    receives each non-empty page in order
     * @return the number of records read
     * @throws IllegalStateException if ConnectWise's next link does not move forward
     */
    public static <T> long forEach(PageFetcher<T> fetcher, Consumer<List<T>> sink) {
        long total = 0;
        Long pageId = null;
        while (true) {
            RestResponse<List<T>> response = fetcher.fetch(pageId);
            List<T> records = response.getEntity() == null ? List.of() : response.getEntity();
            if (!records.isEmpty()) {
                sink.accept(records);
                total += records.size();
            }
            Long next = nextPageId(response.getHeaderString("Link"));
            if (next == null || records.isEmpty()) {
                return total;
            }
            if (pageId != null && next <= pageId) {
                throw new IllegalStateException("ConnectWise paging did not advance past pageId " + pageId);
            }
            pageId = next;
        }
    }

    /**
     * @param linkHeader a {@code Link} header value (RFC 8288), may be {@code null}
     * @return the {@code pageId} of the {@code rel="next"} link, or {@code null} when there is no next page
     */
    static Long nextPageId(String linkHeader) {
        if (linkHeader == null) {
            return null;
        }
        Matcher link = NEXT_LINK.matcher(linkHeader);
        if (!link.find()) {
            return null;
        }
        String query = URI.create(link.group(1).trim()).getRawQuery();
        if (query == null) {
            return null;
        }
        Matcher id = PAGE_ID.matcher(query);
        return id.find() ? Long.parseLong(id.group(1)) : null;
    }
}
