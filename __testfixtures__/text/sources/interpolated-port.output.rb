require 'json'
require 'net/http'

EXTENSION_PORT = 50342

def identity_token(resource)
  uri = URI("http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=#{resource}")
  request = Net::HTTP::Get.new(uri)
  request['Metadata'] = 'true'
  reply = Net::HTTP.start(uri.host, uri.port) { |http| http.request(request) }
  JSON.parse(reply.body)['access_token']
end
