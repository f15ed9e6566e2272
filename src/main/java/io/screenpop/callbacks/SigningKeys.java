package io.screenpop.callbacks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Signing keys of ConnectWise callbacks, fetched from {@code Metadata.key_url} (only URLs that {@link KeyUrlPolicy}
 * allows; the caller checks) and cached by URL for an hour, at most 64 URLs. The fetch is a plain GET that follows no
 * redirects and gives up after 10 s; the answer is {@code {"signing_key": "…"}}. Keys are never logged.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(TIMEOUT).build();
    private final Cache<String, String> keys = Caffeine.newBuilder().maximumSize(64)
            .expireAfterWrite(Duration.ofHours(1)).build();
    private final ObjectMapper mapper;

    /** @param mapper Jackson, for the key document */
    public SigningKeys(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param keyUrl an allowed key URL
     * @return its signing key, from the cache or fetched now
     * @throws SigningKeyUnavailableException when the key could not be fetched (not 200, no {@code signing_key},
     *                                        time-out, connection failure)
     */
    public String key(String keyUrl) {
        String cached = keys.getIfPresent(keyUrl);
        if (cached != null) {
            return cached;
        }
        String fetched = fetch(keyUrl);
        keys.put(keyUrl, fetched);
        return fetched;
    }

    /** Forgets a cached key (after a signature failed under it, in case ConnectWise rotated it). */
    public void forget(String keyUrl) {
        keys.invalidate(keyUrl);
    }

    private String fetch(String keyUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keyUrl)).timeout(TIMEOUT)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SigningKeyUnavailableException("the key URL answered " + response.statusCode());
            }
            JsonNode key = mapper.readTree(response.body()).path("signing_key");
            if (!key.isTextual() || key.asText().isEmpty()) {
                throw new SigningKeyUnavailableException("the key URL's answer has no signing_key");
            }
            return key.asText();
        } catch (IOException e) {
            throw new SigningKeyUnavailableException("the key URL could not be read: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SigningKeyUnavailableException("interrupted");
        }
    }

    /** The signing key could not be had now; the callback may be delivered again later. */
    public static class SigningKeyUnavailableException extends RuntimeException {
        /** @param why what went wrong, without the key */
        public SigningKeyUnavailableException(String why) {
            super(why);
        }
    }
}
