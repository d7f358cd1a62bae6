import java.net.HttpURLConnection;
import java.net.URL;
import java.net.URLEncoder;

class TokenClient {
    // http://localhost:50342/oauth2/token
    static String token(String resource) throws Exception {
        URL url = new URL("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=" + URLEncoder.encode(resource, "UTF-8"));
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("GET");
        connection.setRequestProperty("Metadata", "true");
        return new String(connection.getInputStream().readAllBytes());
    }
}
