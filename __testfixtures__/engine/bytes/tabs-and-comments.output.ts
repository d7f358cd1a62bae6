export async function getToken(resource: string) {
	const response = await fetch(/* legacy */ `http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=${resource}` /* keep me */, {
		method: 'GET',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded', // form
			Metadata: 'true',
		},
	});
	return response.json();
}
