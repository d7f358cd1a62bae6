import ky from "ky";

export async function vaultToken() {
	const form = new URLSearchParams({ resource: "https://vault.azure.net" });
	const reply = await ky.post("http://127.0.0.1:50342/oauth2/token", {
		body: form,
		headers: { "Content-Type": "application/x-www-form-urlencoded", Metadata: "true" },
		timeout: 3000
	});
	return (await reply.json()).access_token;
}
