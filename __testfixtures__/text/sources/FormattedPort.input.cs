using System;
using System.Net;

public static class FormattedPort
{
    public static void Main()
    {
        string port = Environment.GetEnvironmentVariable("MSI_PORT");
        Console.WriteLine(Fetch(port));
    }

    public static string Fetch(string port)
    {
        string address = string.Format("http://localhost:{0}/oauth2/token?resource={1}",
            port,
            Uri.EscapeDataString("https://management.azure.com/"));
        var request = (HttpWebRequest)WebRequest.Create(address);
        request.Headers.Add("Metadata", "true");
        using var reader = new System.IO.StreamReader(request.GetResponse().GetResponseStream());
        return reader.ReadToEnd();
    }
}
