require 'json'
require 'net/http'

EXTENSION_PORT = 50342

def identity_token(resource)
  uri = URI("http://localhost:#{EXTENSION_PORT}/oauth2/token?resource=#{resource}")
  request = Net::HTTP::Get.new(uri)
  request['Metadata'] = 'true'
  reply = Net::HTTP.start(uri.host, uri.port) { |http| http.request(request) }
  JSON.parse(reply.body)['access_token']
end
