using System.Net.Http;
public static class Token
{
    static readonly HttpClient H = new HttpClient();
    public static System.Threading.Tasks.Task<string> Get(string r) =>
        H.GetStringAsync($"http://169.254.169.254/metadata/identity/oauth2/token?resource={r}&api-version=2018-02-01");
    // Metadata: true is set on H by the caller.
}
