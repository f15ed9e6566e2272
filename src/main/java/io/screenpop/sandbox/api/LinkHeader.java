package io.screenpop.sandbox.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import io.screenpop.sandbox.query.Page;

/**
 * Builds ConnectWise's {@code Link} header: absolute URLs of the same request with only the page
 * parameter changed, e.g. {@code <https://host/.../company/contacts?pageSize=1000&page=2>; rel="next"}.
 */
final class LinkHeader {

    private LinkHeader() {
    }

    /** @return first/prev/next/last links for navigable paging, or null when there is a single page */
    static String navigable(URI request, int page, Page result) {
        List<String> links = new ArrayList<>();
        if (page > 1) {
            links.add(link(request, "page", "1", "first"));
            links.add(link(request, "page", Integer.toString(Math.min(page - 1, result.lastPage())), "prev"));
        }
        if (result.hasNext()) {
            links.add(link(request, "page", Integer.toString(page + 1), "next"));
            links.add(link(request, "page", Integer.toString(result.lastPage()), "last"));
        }
        return links.isEmpty() ? null : String.join(", ", links);
    }

    /** @return the next link for forward-only paging ({@code pageId} = last id on this page), or null at the end */
    static String forwardOnly(URI request, Page result) {
        return result.hasNext() ? link(request, "pageId", Long.toString(result.lastId()), "next") : null;
    }

    private static String link(URI request, String param, String value, String rel) {
        StringBuilder query = new StringBuilder();
        String raw = request.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (pair.isEmpty() || name.equalsIgnoreCase("page") || name.equalsIgnoreCase("pageId")) {
                    continue;
                }
                query.append(pair).append('&');
            }
        }
        query.append(param).append('=').append(value);
        String base = request.getScheme() + "://" + request.getRawAuthority() + request.getRawPath();
        return "<" + base + "?" + query + ">; rel=\"" + rel + "\"";
    }
}
