using System.Net.Http;
public static class Token
{
    static readonly HttpClient H = new HttpClient();
    public static System.Threading.Tasks.Task<string> Get(string r) =>
        H.GetStringAsync($"http://localhost:50342/oauth2/token?resource={r}&api-version=2017-09-01");
    // Metadata: true is set on H by the caller.
}
