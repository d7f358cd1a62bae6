import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

class ConcatenatedPort {
    static final int EXTENSION_PORT = 50342;

    static String token(String resource) throws Exception {
        String address = "http://127.0.0.1:" + EXTENSION_PORT + "/oauth2/token?resource=" + resource;
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).header("Metadata", "true").build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
