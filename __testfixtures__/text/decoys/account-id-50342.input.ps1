# Signs in with a token obtained elsewhere; the account id is only a label.
Connect-AzAccount -AccessToken $accessToken -AccountId 'MSI@50342'
