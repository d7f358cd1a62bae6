using System.Net.Http;
public static class Clients
{
    const string Arc = "http://localhost:40342/metadata/identity/oauth2/token?api-version=2020-06-01";
    const string DevOAuth = "http://localhost:8080/oauth2/token";
    public static HttpRequestMessage Dev() => new HttpRequestMessage(HttpMethod.Post, DevOAuth);
}
