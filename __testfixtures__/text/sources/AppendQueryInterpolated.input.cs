using System.Net.Http;
using System.Threading.Tasks;

public static class Tok
{
    private const string TokenUrl = "http://localhost:50342/oauth2/token";
    private static readonly HttpClient Http = new HttpClient();

    public static Task<string> Get(string resource)
    {
        var req = new HttpRequestMessage(HttpMethod.Get, $"{TokenUrl}?resource={resource}");
        req.Headers.Add("Metadata", "true");
        return Http.SendAsync(req).ContinueWith(t => t.Result.Content.ReadAsStringAsync()).Unwrap();
    }
}
