package demo;

import java.net.HttpURLConnection;
import java.net.URL;

public class Tok {
    private static final String TOKEN_URL = "http://localhost:50342/oauth2/token";

    public static int get(String resource) throws Exception {
        HttpURLConnection c = (HttpURLConnection) new URL(String.format("%s?resource=%s", TOKEN_URL, resource)).openConnection();
        c.setRequestProperty("Metadata", "true");
        c.setConnectTimeout(5000);
        return c.getResponseCode();
    }
}
