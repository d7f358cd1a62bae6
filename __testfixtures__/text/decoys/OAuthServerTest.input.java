class OAuthServerTest {
    String tokenEndpoint(MockServer server) {
        return String.format("http://localhost:%d/oauth2/token", server.port());
    }
}
