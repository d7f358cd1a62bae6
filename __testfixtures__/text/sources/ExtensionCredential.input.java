package com.example.identity;

import java.io.OutputStreamWriter;
import java.net.HttpURLConnection;
import java.net.URL;

public final class ExtensionCredential {
    private int msiPort = 50342;

    public ExtensionCredential withPort(int port) {
        this.msiPort = port;
        return this;
    }

    public String token(String resource) throws Exception {
        URL url = new URL(String.format("http://localhost:%d/oauth2/token", this.msiPort));
        HttpURLConnection connection = (HttpURLConnection) url.openConnection();
        connection.setRequestMethod("POST");
        connection.setRequestProperty("Metadata", "true");
        connection.setDoOutput(true);
        try (OutputStreamWriter body = new OutputStreamWriter(connection.getOutputStream())) {
            body.write("resource=" + resource);
        }
        return new String(connection.getInputStream().readAllBytes());
    }
}
