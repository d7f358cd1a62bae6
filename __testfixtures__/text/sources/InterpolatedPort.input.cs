using System.Net.Http;
using System.Threading.Tasks;

public class InterpolatedPort
{
    private const int Port = 50342;
    private static readonly HttpClient Client = new HttpClient();

    public async Task<string> TokenAsync(string resource)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"http://localhost:{Port}/oauth2/token?resource={resource}");
        request.Headers.Add("Metadata", "true");
        var reply = await Client.SendAsync(request);
        return await reply.Content.ReadAsStringAsync();
    }
}
