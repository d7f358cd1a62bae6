using System.Net;
using System.IO;

public static class TokenClient
{
    // Was: http://localhost:50342/oauth2/token (VM extension)
    /* Also see http://localhost:50342/oauth2/token?resource=x */
    private const string Endpoint = "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/";

    public static string GetToken()
    {
        var request = (HttpWebRequest)WebRequest.Create(Endpoint);
        request.Headers["Metadata"] = "true";
        request.Method = "GET";
        using var response = (HttpWebResponse)request.GetResponse();
        using var reader = new StreamReader(response.GetResponseStream());
        return reader.ReadToEnd();
    }

    public static string Vault(string resource) => $"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource={resource}";
}
