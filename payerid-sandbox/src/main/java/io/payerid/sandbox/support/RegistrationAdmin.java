package io.payerid.sandbox.support;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Registers a simulator's apps or merchants at runtime, so a test or a developer can create the entry a
 * gateway configuration points at without restarting:
 * <ul>
 *   <li>{@code POST {collection}} with the simulator's JSON → 201 with the entry's view and its Location,
 *       an idempotent upsert; a body that does not validate → 400 {@code {"error": …}};</li>
 *   <li>{@code GET {collection}/{key}} → the view, or 404 {@code {"error":"unknown <key>"}}.</li>
 * </ul>
 * A simulator supplies what differs: how its JSON becomes an entry, and what of an entry may be shown
 * (never its secrets). No authentication on purpose: the sandbox is only ever enabled on dev and test
 * deployments ({@code payerid.sandbox.enabled=true}), and its secrets are test secrets.
 *
 * @param <T> the simulator's app or merchant type
 */
public abstract class RegistrationAdmin<T> {

    private final RuntimeRegistry<T> registry;
    private final String collectionPath;
    private final String keyVariable;
    private final String expectedJson;

    /**
     * @param collectionPath where the entries are mounted, without the servlet context path
     * @param keyVariable    the path variable holding the key in {@code GET {collection}/{key}}, e.g. mchId
     * @param expectedJson   the 400 answer when the body is no readable JSON of the expected shape
     */
    protected RegistrationAdmin(RuntimeRegistry<T> registry, String collectionPath, String keyVariable,
                                String expectedJson) {
        this.registry = registry;
        this.collectionPath = collectionPath;
        this.keyVariable = keyVariable;
        this.expectedJson = expectedJson;
    }

    /**
     * The entry a registration asks for.
     *
     * @throws IllegalArgumentException when the entry does not validate; its message is the 400 answer
     * @throws Exception                anything else (unreadable JSON, wrong content type, empty body)
     */
    protected abstract T read(ServerRequest request) throws Exception;

    /** What {@code register} and {@code find} show of an entry: everything but its secrets. */
    protected abstract Map<String, Object> view(T entry);

    public ServerResponse register(ServerRequest request) {
        T entry;
        try {
            entry = read(request);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (Exception e) {
            // A client error, never a 500.
            return problem(HttpStatus.BAD_REQUEST, expectedJson);
        }
        registry.register(entry);
        URI location = URI.create(request.servletRequest().getContextPath() + collectionPath + "/" + registry.keyOf(entry));
        return ServerResponse.created(location).contentType(MediaType.APPLICATION_JSON).body(view(entry));
    }

    public ServerResponse find(ServerRequest request) {
        return registry.find(request.pathVariable(keyVariable))
                .map(entry -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(view(entry)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "unknown " + keyVariable));
    }

    private static ServerResponse problem(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message == null ? "invalid registration" : message));
    }
}
