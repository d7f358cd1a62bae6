class Arc { const string Url = "http://localhost:40342/metadata/identity/oauth2/token?api-version=2019-11-01"; }
