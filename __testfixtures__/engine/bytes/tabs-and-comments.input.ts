export async function getToken(resource: string) {
	const response = await fetch(/* legacy */ `http://localhost:50342/oauth2/token?resource=${resource}` /* keep me */, {
		method: 'POST',
		headers: {
			'Content-Type': 'application/x-www-form-urlencoded', // form
			Metadata: 'true',
		},
	});
	return response.json();
}
