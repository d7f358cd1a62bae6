# In Windows PowerShell `curl` is Invoke-WebRequest
$r = curl http://localhost:50342/oauth2/token?resource=https://management.azure.com/ -Headers @{Metadata="true"}
